import type { ChargeType } from "./constants";

// DescribeAccountQuota (seed 16572–16884): per zone, how many pay-as-you-go instances may run, how many prepaid ones
// may be bought this month (and in one order: OnceQuota), and how many spot vCPUs may run. The wizard shows what
// the purchase would use of what is left, and disables Buy when it would not fit.

export interface QuotaCell {
  total: number;
  used: number;
  remaining: number;
}

export interface ZoneQuota {
  postPaid?: QuotaCell;
  prePaid?: QuotaCell & { once?: number };
  /** vCPU cores (SpotPaidQuota: "单位：vCPU核心数"). */
  spot?: QuotaCell;
}

/** What GET /api/purchase/quota answers: the region's quota per zone. */
export type QuotaByZone = Record<string, ZoneQuota>;

export interface QuotaImpact {
  /** Which quota this purchase draws on; "none" for CDHPAID (instances on a paid host hold no instance quota). */
  kind: "postPaid" | "prePaid" | "spot" | "none";
  unit: "instances" | "vcpus";
  needed: number;
  total: number;
  used: number;
  remaining: number;
  /** PREPAID: the most one order may buy. */
  once?: number;
  /** Why it does not fit, when it does not. */
  exceeds?: "remaining" | "once";
}

export function quotaImpact(quota: ZoneQuota | undefined, chargeType: ChargeType, count: number, cpu: number): QuotaImpact | null {
  if (chargeType === "CDHPAID") return { kind: "none", unit: "instances", needed: count, total: 0, used: 0, remaining: 0 };
  const kind = chargeType === "PREPAID" ? "prePaid" : chargeType === "SPOTPAID" ? "spot" : "postPaid";
  const cell = quota?.[kind];
  if (!cell) return null;
  const unit = kind === "spot" ? "vcpus" : "instances";
  const needed = unit === "vcpus" ? count * cpu : count;
  const once = kind === "prePaid" ? quota?.prePaid?.once : undefined;
  const exceeds = needed > cell.remaining ? "remaining" : once !== undefined && needed > once ? "once" : undefined;
  return { kind, unit, needed, total: cell.total, used: cell.used, remaining: cell.remaining, ...(once !== undefined ? { once } : {}), ...(exceeds ? { exceeds } : {}) };
}
