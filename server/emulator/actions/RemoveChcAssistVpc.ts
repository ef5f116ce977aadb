import type { RemoveChcAssistVpcRequest, RemoveChcAssistVpcResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { assertChcAllows } from "../state/chc/denied";
import { beginChcOperation } from "../state/chc/operations";
import { requireChcs } from "../state/chc/repo";
import { defineAction } from "./types";

/**
 * RemoveChcAssistVpc (seed 23233–23376): "清理CHC物理服务器的带外网络和部署网络" — both networks go, their addresses
 * are freed, and the servers return to INIT through OPERATING. Not while a CVM runs on the server (ONLINE).
 */
export default defineAction<RemoveChcAssistVpcRequest, RemoveChcAssistVpcResponse>((params, ctx) => {
  const recs = requireChcs(ctx, params.ChcIds);
  for (const rec of recs) assertChcAllows(rec, "RemoveChcAssistVpc");
  beginChcOperation(ctx, recs, recs.map(() => ({ bmc: null, deploy: null, deployExtra: null })), true);
  return {};
});
