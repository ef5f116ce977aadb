import { HOURS_PER_MONTH } from "./constants";

// InquiryPriceRunInstances answers Price {InstancePrice, BandwidthPrice} (seed structures Price / ItemPrice), each
// for the whole order (every instance of InstanceCount): a prepaid item is a one-off total for the Period
// (OriginalPrice / DiscountPrice), a postpaid or spot item an hourly unit price (UnitPrice / UnitPriceDiscount,
// ChargeUnit HOUR), traffic-billed bandwidth a price per GB (ChargeUnit GB). InstancePrice covers the instance
// with its disks; the wizard asks a second time without the data disks to show them as their own line.

export interface WireItemPrice {
  UnitPrice?: number | null;
  ChargeUnit?: string | null;
  OriginalPrice?: number | null;
  DiscountPrice?: number | null;
  UnitPriceDiscount?: number | null;
}

export interface WirePrice {
  InstancePrice?: WireItemPrice | null;
  BandwidthPrice?: WireItemPrice | null;
}

/** What GET /api/purchase/price answers. */
export interface PriceAnswer {
  Price: WirePrice;
  RequestId: string;
}

export type PriceMode = "once" | "hourly" | "perGB";

export interface PriceLine {
  item: "instance" | "disks" | "bandwidth";
  mode: PriceMode;
  /** What is paid (after discounts), for the whole count. */
  amount: number;
  /** Before discounts; equal to amount when there is none. */
  original: number;
}

export interface PriceView {
  lines: PriceLine[];
  /** The sum of the lines that are not per GB (those depend on traffic and are shown apart). */
  total: { mode: "once" | "hourly"; amount: number; original: number };
  /** A month of it: hourly × 720, or a prepaid total spread over its months. */
  monthly: number;
  /** The total for one instance. */
  perInstance: number;
  count: number;
  requestIds: string[];
}

const num = (v: number | null | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
export const round2 = (n: number) => Math.round(n * 100) / 100;

function itemLine(item: WirePrice["InstancePrice"], name: PriceLine["item"]): PriceLine | null {
  if (!item) return null;
  if (item.ChargeUnit === "GB") return { item: name, mode: "perGB", amount: num(item.UnitPriceDiscount ?? item.UnitPrice), original: num(item.UnitPrice) };
  // A prepaid item has a one-off total; a postpaid one only unit prices (its totals are 0).
  if (num(item.OriginalPrice) > 0 || num(item.DiscountPrice) > 0) {
    return { item: name, mode: "once", amount: num(item.DiscountPrice), original: Math.max(num(item.OriginalPrice), num(item.DiscountPrice)) };
  }
  const original = num(item.UnitPrice);
  const amount = item.UnitPriceDiscount === undefined || item.UnitPriceDiscount === null ? original : num(item.UnitPriceDiscount);
  return { item: name, mode: "hourly", amount, original: Math.max(original, amount) };
}

/**
 * The itemised price of a configuration. `base` is the same inquiry without data disks (undefined when there are
 * none): the difference is the data disks' line. A zero bandwidth line (no public bandwidth) is left out.
 */
export function buildPriceView(full: PriceAnswer, base: PriceAnswer | undefined, count: number, period?: number): PriceView {
  const lines: PriceLine[] = [];
  const instance = itemLine(full.Price.InstancePrice, "instance");
  const baseInstance = base ? itemLine(base.Price.InstancePrice, "instance") : null;
  if (instance && baseInstance && baseInstance.mode === instance.mode) {
    lines.push({ ...baseInstance });
    const disks = { item: "disks" as const, mode: instance.mode, amount: round2(instance.amount - baseInstance.amount), original: round2(instance.original - baseInstance.original) };
    if (disks.amount > 0 || disks.original > 0) lines.push(disks);
  } else if (instance) {
    lines.push(instance);
  }
  const bandwidth = itemLine(full.Price.BandwidthPrice, "bandwidth");
  if (bandwidth && (bandwidth.amount > 0 || bandwidth.original > 0)) lines.push(bandwidth);

  const counted = lines.filter((l) => l.mode !== "perGB");
  const mode: "once" | "hourly" = counted.some((l) => l.mode === "once") ? "once" : "hourly";
  // A prepaid order can still carry an hourly part (traffic-billed bandwidth): the total is of the main mode only.
  const main = counted.filter((l) => l.mode === mode);
  const amount = round2(main.reduce((s, l) => s + l.amount, 0));
  const original = round2(main.reduce((s, l) => s + l.original, 0));
  const months = mode === "once" ? Math.max(1, period ?? 1) : 0;
  return {
    lines,
    total: { mode, amount, original },
    monthly: round2(mode === "once" ? amount / months : amount * HOURS_PER_MONTH),
    perInstance: round2(amount / Math.max(1, count)),
    count,
    requestIds: [full.RequestId, ...(base ? [base.RequestId] : [])],
  };
}

/** CNY, as the API prices are (元); two decimals, grouped. */
export function formatCny(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: "CNY", minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(amount);
}
