// Billing fields of an instance (InstanceChargeType, ExpiredTime, RenewFlag, seed 36984–37060) under
// RenewInstances, ModifyInstancesChargeType and ModifyInstancesRenewFlag. Amounts come from the price model
// (pricing/): a change here only moves the term, so what InquiryPrice* quoted is what the term now covers.
import { ApiError } from "../../protocol/errors";
import { parsePrepaidPeriod, type ChargePrepaidInput } from "../pricing-inputs/charge-prepaid";
import type { InstanceRecord } from "../instances/record";
import { isoSeconds } from "../instances/time";

/** seed 16376 / 37258: the RenewFlag values. */
export const RENEW_FLAGS = ["NOTIFY_AND_AUTO_RENEW", "NOTIFY_AND_MANUAL_RENEW", "DISABLE_NOTIFY_AND_MANUAL_RENEW"] as const;
export type RenewFlag = (typeof RENEW_FLAGS)[number];
/** seed 37258: 默认取值 NOTIFY_AND_MANUAL_RENEW. */
export const DEFAULT_RENEW_FLAG: RenewFlag = "NOTIFY_AND_MANUAL_RENEW";

export function assertRenewFlag(value: string, param = "RenewFlag"): asserts value is RenewFlag {
  if (!(RENEW_FLAGS as readonly string[]).includes(value)) {
    throw new ApiError("InvalidParameterValue", {
      en: `\`${param}\` must be one of ${RENEW_FLAGS.join(", ")}; got "${value}".`,
      zh: `\`${param}\` 取值范围为 ${RENEW_FLAGS.join("、")}，当前为 "${value}"。`,
    });
  }
}

/**
 * InstanceChargePrepaid (seed 37241–37272) where the action needs it (seed 14868 / 16053: 包年包月必传):
 * absent → MissingParameter, Period outside 1–12, 24, 36, 48, 60 → InvalidPeriod, unknown RenewFlag →
 * InvalidParameterValue (the same parser as the Inquiry* actions).
 */
export function parsePrepaid(input: ChargePrepaidInput | undefined): { period: number; renewFlag?: RenewFlag } {
  const period = parsePrepaidPeriod(input, true)!;
  return { period, renewFlag: input?.RenewFlag as RenewFlag | undefined };
}

/** `ms` plus whole calendar months in UTC; a day past the end of the month lands on its last day. */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}

/**
 * RenewInstances: the term grows by `period` months from the current ExpiredTime, even when it has passed
 * (renewal after expiry is billed from the expiry). An instance isolated in the recycle bin (SHUTDOWN) comes
 * back, shut down, as the recycle bin's "续费恢复" does.
 */
export function renewInstance(rec: InstanceRecord, period: number, renewFlag: RenewFlag | undefined): void {
  const from = rec.ExpiredTime ? Date.parse(rec.ExpiredTime) : Date.parse(rec.CreatedTime);
  rec.ExpiredTime = isoSeconds(addMonths(from, period));
  if (renewFlag) rec.RenewFlag = renewFlag;
  rec.internal.prepaid = { period, renewFlag: rec.RenewFlag ?? DEFAULT_RENEW_FLAG };
  if (rec.InstanceState === "SHUTDOWN") {
    rec.InstanceState = "STOPPED";
    rec.RestrictState = "NORMAL";
    rec.IsolatedSource = "NOTISOLATED";
    delete rec.internal.isolatedAtMs;
  }
}

/** ModifyInstancesChargeType → PREPAID: a new term of `period` months starting now. */
export function switchToPrepaid(rec: InstanceRecord, now: number, period: number, renewFlag: RenewFlag | undefined): void {
  rec.InstanceChargeType = "PREPAID";
  rec.ExpiredTime = isoSeconds(addMonths(now, period));
  rec.RenewFlag = renewFlag ?? DEFAULT_RENEW_FLAG;
  rec.internal.prepaid = { period, renewFlag: rec.RenewFlag };
}

/** ModifyInstancesChargeType → POSTPAID_BY_HOUR: no term any more (seed 37026, 37049: null for postpaid). */
export function switchToPostpaid(rec: InstanceRecord): void {
  rec.InstanceChargeType = "POSTPAID_BY_HOUR";
  rec.ExpiredTime = null;
  rec.RenewFlag = null;
  delete rec.internal.prepaid;
}
