// InstanceChargePrepaid (seed 37241–37272) as the Inquiry* actions take it.
import { isValidPeriod, INSTANCE_PERIODS } from "../../pricing";
import { ApiError, invalidParameterValue, missingParameter } from "../../protocol/errors";

export interface ChargePrepaidInput {
  Period?: number;
  RenewFlag?: string;
}

/** seed 37258–37263: the RenewFlag values. */
export const RENEW_FLAGS = ["NOTIFY_AND_AUTO_RENEW", "NOTIFY_AND_MANUAL_RENEW", "DISABLE_NOTIFY_AND_MANUAL_RENEW"];

/**
 * The prepaid period in months. `required` when the action needs it (seed 12041: "若指定实例的付费模式为预付费则该参数必传")
 * → MissingParameter; a Period outside 1–12, 24, 36, 48, 60 (seed 37254) → InvalidPeriod; an unknown RenewFlag →
 * InvalidParameterValue.
 */
export function parsePrepaidPeriod(prepaid: ChargePrepaidInput | undefined, required: boolean): number | undefined {
  if (!prepaid) {
    if (required) throw missingParameter("InstanceChargePrepaid");
    return undefined;
  }
  if (!isValidPeriod(prepaid.Period)) {
    throw new ApiError("InvalidPeriod", {
      en: `InstanceChargePrepaid.Period ${String(prepaid.Period)} is not supported; use one of ${INSTANCE_PERIODS.join(", ")} (months).`,
      zh: `无效时长 ${String(prepaid.Period)}，只支持：${INSTANCE_PERIODS.join(", ")}，单位：月。`,
    });
  }
  if (prepaid.RenewFlag !== undefined && !RENEW_FLAGS.includes(prepaid.RenewFlag)) {
    throw invalidParameterValue("InstanceChargePrepaid.RenewFlag", `"${prepaid.RenewFlag}" is not one of ${RENEW_FLAGS.join(", ")}`);
  }
  return prepaid.Period;
}
