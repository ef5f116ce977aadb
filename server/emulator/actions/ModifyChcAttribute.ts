import type { ModifyChcAttributeRequest, ModifyChcAttributeResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { parseChcAttributes } from "../state/chc/attributes";
import { requireChcs, saveChc } from "../state/chc/repo";
import { defineAction } from "./types";

/**
 * ModifyChcAttribute (seed 23048–23232): renames CHC servers, sets their device type, BMC user and password
 * (kept, never returned) and the security groups of their out-of-band network. A server with no network is
 * refused with InvalidParameterValue.ChcNetworkEmpty (seed 23200). All servers change, or none.
 */
export default defineAction<ModifyChcAttributeRequest, ModifyChcAttributeResponse>((params, ctx) => {
  const change = parseChcAttributes(params);
  const recs = requireChcs(ctx, params.ChcIds);
  for (const rec of recs) change(rec);
  ctx.store.transaction(() => recs.forEach((rec) => saveChc(ctx, rec)));
  return {};
});
