import type { RemoveChcDeployVpcRequest, RemoveChcDeployVpcResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { assertChcAllows } from "../state/chc/denied";
import { beginChcOperation } from "../state/chc/operations";
import { requireChcs } from "../state/chc/repo";
import { defineAction } from "./types";

/**
 * RemoveChcDeployVpc (seed 23377–23522): "清理CHC物理服务器的部署网络" — the deploy network goes, the out-of-band
 * one stays, and the servers return to INIT through OPERATING. Refused for servers without a deploy network.
 */
export default defineAction<RemoveChcDeployVpcRequest, RemoveChcDeployVpcResponse>((params, ctx) => {
  const recs = requireChcs(ctx, params.ChcIds);
  for (const rec of recs) assertChcAllows(rec, "RemoveChcDeployVpc");
  beginChcOperation(ctx, recs, recs.map(() => ({ deploy: null, deployExtra: null })), true);
  return {};
});
