// Prepaid terms of CDH hosts: ChargePrepaid (seed 35841–35868) as AllocateHosts, RenewHosts and
// InquiryPriceRenewHosts take it, the renewal itself, and its quote from the one price model.
import { HOST_PERIODS, isValidPeriod, priceHostRenew, type HostPriceInfo } from "../../pricing";
import { ApiError, invalidParameterValue } from "../../protocol/errors";
import { sumItems } from "../pricing-inputs/sum-prices";
import { addMonths, isoSeconds } from "../instances/time";
import { HOST_RENEW_FLAGS, type HostRecord } from "./record";
import { saveHost, type HostCtx } from "./repo";

export interface ChargePrepaidInput {
  Period?: number;
  RenewFlag?: string;
}

/**
 * seed 35850: Period in months, one of 1–12, 24, 36 → else InvalidPeriod (seed 21565); seed 35856–35864:
 * RenewFlag one of the three flags, default NOTIFY_AND_AUTO_RENEW.
 */
export function parseHostPrepaid(prepaid: ChargePrepaidInput): { period: number; renewFlag: string; renewFlagGiven: boolean } {
  if (!isValidPeriod(prepaid.Period, "host")) {
    throw new ApiError("InvalidPeriod", {
      en: `HostChargePrepaid.Period ${String(prepaid.Period)} is not supported; use one of ${HOST_PERIODS.join(", ")} (months).`,
      zh: `无效时长 ${String(prepaid.Period)}，目前只支持时长：[${HOST_PERIODS.join(", ")}]，单位：月。`,
    });
  }
  if (prepaid.RenewFlag !== undefined && !HOST_RENEW_FLAGS.includes(prepaid.RenewFlag)) {
    throw invalidParameterValue("HostChargePrepaid.RenewFlag", `"${prepaid.RenewFlag}" is not one of ${HOST_RENEW_FLAGS.join(", ")}`);
  }
  return { period: prepaid.Period, renewFlag: prepaid.RenewFlag ?? HOST_RENEW_FLAGS[0], renewFlagGiven: prepaid.RenewFlag !== undefined };
}

/** What renewing `hosts` for `period` months costs: each host's price for the term, added up (HostPriceInfo). */
export function quoteHostRenewal(hosts: readonly HostRecord[], period: number): HostPriceInfo {
  return { HostPrice: sumItems(hosts.map((h) => priceHostRenew({ zone: h.Placement.Zone, hostType: h.HostType, period }).HostPrice)) };
}

/**
 * Adds `period` months to each host's term. A RUNNING host extends from its ExpiredTime; an EXPIRED one is
 * renewed from now and RUNNING again. A RenewFlag given with the renewal replaces the host's.
 */
export function renewHosts(ctx: HostCtx, hosts: HostRecord[], period: number, renewFlag?: string): void {
  const now = ctx.clock.now();
  ctx.store.transaction(() => {
    for (const rec of hosts) {
      const from = Math.max(Date.parse(rec.ExpiredTime), now);
      rec.ExpiredTime = isoSeconds(addMonths(from, period));
      rec.HostState = "RUNNING";
      if (renewFlag !== undefined) rec.RenewFlag = renewFlag;
      saveHost(ctx, rec);
    }
  });
}
