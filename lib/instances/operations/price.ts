import type { PriceKind } from "./kinds";

// A price inquiry's answer as the dialogs show it. Tencent answers with Price {InstancePrice, BandwidthPrice}
// (seed Price / ItemPrice) or, for terminations, InstanceRefundsSet; prepaid prices are one-off totals
// (DiscountPrice / OriginalPrice), postpaid ones hourly unit prices (UnitPriceDiscount, ChargeUnit HOUR).

export interface ItemQuote {
  /** What will be charged: the discounted total, or the discounted unit price when `hourly`. */
  amount: number;
  /** Before the discount, when it differs. */
  original?: number;
  hourly: boolean;
}

export interface PriceQuote {
  kind: PriceKind;
  instance?: ItemQuote;
  bandwidth?: ItemQuote;
  /** terminate: what comes back, per instance (InquiryPriceTerminateInstances). */
  refunds?: Array<{ InstanceId: string; Refunds: number }>;
  requestId: string;
}

type WireItem = {
  UnitPrice?: number | null;
  ChargeUnit?: string | null;
  OriginalPrice?: number | null;
  DiscountPrice?: number | null;
  UnitPriceDiscount?: number | null;
};

/** One ItemPrice as a quote: a one-off total when there is one, else the hourly unit price. */
export function itemQuote(item: WireItem | null | undefined): ItemQuote | undefined {
  if (!item) return undefined;
  const num = (v: number | null | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
  const total = num(item.DiscountPrice);
  if (total !== undefined) {
    const original = num(item.OriginalPrice);
    return { amount: total, hourly: false, ...(original !== undefined && original !== total ? { original } : {}) };
  }
  const unit = num(item.UnitPriceDiscount) ?? num(item.UnitPrice);
  if (unit === undefined) return undefined;
  const original = num(item.UnitPrice);
  return { amount: unit, hourly: true, ...(original !== undefined && original !== unit ? { original } : {}) };
}

const addItems = (a: ItemQuote | undefined, b: ItemQuote | undefined): ItemQuote | undefined => {
  if (!a) return b;
  if (!b) return a;
  const original = a.original !== undefined || b.original !== undefined ? (a.original ?? a.amount) + (b.original ?? b.amount) : undefined;
  return { amount: round2(a.amount + b.amount), hourly: a.hourly || b.hourly, ...(original !== undefined ? { original: round2(original) } : {}) };
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The total effect of a batch whose inquiry ran in several calls (chunks of ≤ 100, or one per region). */
export function sumQuotes(quotes: readonly PriceQuote[]): Omit<PriceQuote, "requestId"> & { requestIds: string[] } | null {
  if (quotes.length === 0) return null;
  return {
    kind: quotes[0].kind,
    instance: quotes.reduce<ItemQuote | undefined>((acc, q) => addItems(acc, q.instance), undefined),
    bandwidth: quotes.reduce<ItemQuote | undefined>((acc, q) => addItems(acc, q.bandwidth), undefined),
    ...(quotes.some((q) => q.refunds) ? { refunds: quotes.flatMap((q) => q.refunds ?? []) } : {}),
    requestIds: quotes.map((q) => q.requestId),
  };
}

/** The sum of all refunds. */
export function totalRefund(refunds: ReadonlyArray<{ Refunds: number }> | undefined): number {
  return round2((refunds ?? []).reduce((sum, r) => sum + r.Refunds, 0));
}

/** CNY, as the API prices are (元); two decimals, grouped. */
export function formatMoney(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: "CNY", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
}
