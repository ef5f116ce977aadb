import type {
  ModifyInstancesChargeTypeRequest,
  ModifyInstancesChargeTypeResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError, invalidParameterValue } from "../protocol/errors";
import { pendingTimerOf } from "../state/changes/action-timers";
import { parsePrepaid, switchToPostpaid, switchToPrepaid } from "../state/changes/billing";
import { assertAllOperable, assertChargeType, finishImmediately, requireBatch } from "../state/changes/operations";
import { defineAction } from "./types";

const TARGETS = ["PREPAID", "POSTPAID_BY_HOUR"];

/**
 * ModifyInstancesChargeType (seed 16009–16336): switch up to 30 instances (seed 16035) between
 * POSTPAID_BY_HOUR and PREPAID (seed 16043). Going PREPAID needs InstanceChargePrepaid (seed 16053) and starts a
 * term of Period months now, at the price InquiryPriceModifyInstancesChargeType quotes; going POSTPAID ends the
 * term (ExpiredTime and RenewFlag become null). Instances shut down without charging or with a
 * scheduled termination are refused (seed 16009).
 */
export default defineAction<ModifyInstancesChargeTypeRequest, ModifyInstancesChargeTypeResponse>((params, ctx) => {
  const recs = requireBatch(ctx, params.InstanceIds, 30);
  const to = params.InstanceChargeType;
  if (!TARGETS.includes(to)) throw invalidParameterValue("InstanceChargeType", `"${to}" is not one of ${TARGETS.join(", ")}`);
  // The other of the two is the only starting point (spot and CDH instances cannot switch).
  assertChargeType(recs, TARGETS.filter((t) => t !== to));
  const prepaid = to === "PREPAID" ? parsePrepaid(params.InstanceChargePrepaid) : undefined;
  assertAllOperable(ctx, recs, ["RUNNING", "STOPPED"]);
  // seed 16009: "关机不收费的实例…设置定时销毁的实例不支持该操作".
  const barred = recs.find((r) => r.StopChargingMode === "STOP_CHARGING" || pendingTimerOf(ctx, r.InstanceId));
  if (barred) {
    throw new ApiError("InvalidInstance.NotSupported", {
      en: `The instance ${barred.InstanceId} is shut down without charging or has a scheduled termination; its charge type cannot change.`,
      zh: `实例 ${barred.InstanceId} 为关机不收费实例或已设置定时销毁，不支持切换计费模式。`,
    });
  }
  ctx.store.transaction(() => {
    for (const rec of recs) {
      if (prepaid) switchToPrepaid(rec, ctx.clock.now(), prepaid.period, prepaid.renewFlag);
      else switchToPostpaid(rec);
      finishImmediately(ctx, rec);
    }
  });
  return {};
});
