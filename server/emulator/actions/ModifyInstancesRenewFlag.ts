import type {
  ModifyInstancesRenewFlagRequest,
  ModifyInstancesRenewFlagResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { assertRenewFlag } from "../state/changes/billing";
import { assertAllOperable, assertChargeType, finishImmediately, requireBatch } from "../state/changes/operations";
import { defineAction } from "./types";

/**
 * ModifyInstancesRenewFlag (seed 16337–16571): the auto-renew flag of up to 100 PREPAID instances (seed 16337:
 * "用于修改包年包月实例续费标识"; others → UnsupportedOperation.InstanceChargeType). RUNNING or STOPPED
 * (the page refuses the rest). With NOTIFY_AND_AUTO_RENEW the term renews by a month at each expiry.
 */
export default defineAction<ModifyInstancesRenewFlagRequest, ModifyInstancesRenewFlagResponse>((params, ctx) => {
  const recs = requireBatch(ctx, params.InstanceIds, 100);
  assertRenewFlag(params.RenewFlag);
  assertChargeType(recs, ["PREPAID"]);
  assertAllOperable(ctx, recs, ["RUNNING", "STOPPED"]);
  ctx.store.transaction(() => {
    for (const rec of recs) {
      rec.RenewFlag = params.RenewFlag;
      if (rec.internal.prepaid) rec.internal.prepaid.renewFlag = params.RenewFlag;
      finishImmediately(ctx, rec);
    }
  });
  return {};
});
