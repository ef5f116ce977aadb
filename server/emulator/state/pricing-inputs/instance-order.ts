// What the price model needs to know about an existing instance: its configuration (the same order that
// InquiryPriceRunInstances priced when it was bought) and, for PREPAID, the term it is in.
import { priceRenew, toFen, type InstanceChargeType, type InstanceConfig, type RemainingTerm } from "../../pricing";
import { addMonths } from "../instances/time";
import type { InstanceRecord } from "../instances/record";

type Rec = Pick<
  InstanceRecord,
  "Placement" | "InstanceType" | "InstanceChargeType" | "SystemDisk" | "DataDisks" | "InternetAccessible" | "CreatedTime" | "ExpiredTime" | "internal"
>;

/** The instance's configuration as an order: zone, type, disks and public bandwidth. */
export function orderOf(rec: Rec): InstanceConfig {
  return {
    zone: rec.Placement.Zone ?? "",
    instanceType: rec.InstanceType,
    systemDisk: { DiskType: rec.SystemDisk.DiskType, DiskSize: rec.SystemDisk.DiskSize },
    dataDisks: rec.DataDisks.map((d) => ({ DiskType: d.DiskType, DiskSize: d.DiskSize })),
    internet: {
      InternetChargeType: rec.InternetAccessible.InternetChargeType,
      InternetMaxBandwidthOut: rec.InternetAccessible.InternetMaxBandwidthOut,
    },
  };
}

export function chargeTypeOf(rec: Pick<Rec, "InstanceChargeType">): InstanceChargeType {
  return rec.InstanceChargeType as InstanceChargeType;
}

/** A PREPAID instance's current term: the months it was bought or last renewed for, ending at ExpiredTime. */
export interface PrepaidTerm {
  period: number;
  startMs: number;
  expiredMs: number;
}

/**
 * The term of a PREPAID instance. `internal.prepaid.period` is the last purchase or renewal (RunInstances,
 * RenewInstances, ModifyInstancesChargeType set it); without it, the whole months from creation to expiry.
 */
export function prepaidTermOf(rec: Rec): PrepaidTerm {
  const expiredMs = Date.parse(rec.ExpiredTime ?? rec.CreatedTime);
  const createdMs = Date.parse(rec.CreatedTime);
  let period = rec.internal.prepaid?.period;
  if (period === undefined) {
    period = 1;
    while (addMonths(createdMs, period + 1) <= expiredMs) period++;
  }
  return { period, startMs: addMonths(expiredMs, -period), expiredMs };
}

/** The remaining term for a prorated PREPAID change (resize, type change), at the term's discount. */
export function remainingTermOf(rec: Rec, nowMs: number): RemainingTerm {
  const term = prepaidTermOf(rec);
  return { now: nowMs, expiredTime: term.expiredMs, period: term.period };
}

/**
 * What the current term cost, in fen: the instance with its disks and, billed with it, BANDWIDTH_PREPAID bandwidth —
 * exactly the purchase (or renewal) quote of this configuration for the term's months.
 */
export function paidForTermFen(rec: Rec): number {
  const price = priceRenew({ ...orderOf(rec), period: prepaidTermOf(rec).period });
  return toFen(price.InstancePrice.DiscountPrice) + toFen(price.BandwidthPrice.DiscountPrice);
}
