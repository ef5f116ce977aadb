// A batch inquiry (InstanceIds.N) quotes the whole batch: the Price of each instance from the price model,
// added member by member in fen (pricing/money.ts: totals are exact sums, no further rounding).
import { toFen, toYuan, zeroItemPrice, type ItemPrice, type Price } from "../../pricing";

type Member = keyof ItemPrice;
const DISCOUNTS: readonly Member[] = ["Discount", "DiscountOneYear", "DiscountThreeYear", "DiscountFiveYear"];

/** Percent of list actually charged, one decimal (as pricing/item-price.ts computes it). */
function effectivePercent(listFen: number, paidFen: number): number {
  if (listFen === 0) return paidFen === 0 ? 0 : 100;
  return Math.round((paidFen / listFen) * 1000) / 10;
}

export function sumItems(items: readonly ItemPrice[]): ItemPrice {
  if (items.length === 1) return items[0];
  // A per-GB traffic rate is a rate, not an amount: it does not add up over instances.
  const perGb = items.length > 0 && items.every((i) => i.ChargeUnit === "GB");
  const out = zeroItemPrice(perGb ? "GB" : "HOUR");
  const fields = out as unknown as Record<Member, number>;
  const amounts = items.filter((i) => i.ChargeUnit !== "GB");
  for (const key of Object.keys(out) as Member[]) {
    if (key === "ChargeUnit" || DISCOUNTS.includes(key)) continue;
    const fen = (i: ItemPrice) => toFen(i[key] as number);
    fields[key] = toYuan(perGb ? Math.max(...items.map(fen)) : amounts.reduce((sum, i) => sum + fen(i), 0));
  }
  const pct = (key: Member, list: Member, paid: Member) =>
    items.every((i) => i[key] === items[0][key]) ? (items[0][key] as number) : effectivePercent(toFen(fields[list]), toFen(fields[paid]));
  const hourly = out.OriginalPrice === 0;
  out.Discount = hourly ? pct("Discount", "UnitPrice", "UnitPriceDiscount") : pct("Discount", "OriginalPrice", "DiscountPrice");
  out.DiscountOneYear = pct("DiscountOneYear", "OriginalPriceOneYear", "DiscountPriceOneYear");
  out.DiscountThreeYear = pct("DiscountThreeYear", "OriginalPriceThreeYear", "DiscountPriceThreeYear");
  out.DiscountFiveYear = pct("DiscountFiveYear", "OriginalPriceFiveYear", "DiscountPriceFiveYear");
  return out;
}

/** The Price of a batch: InstancePrice and BandwidthPrice each summed. */
export function sumPrices(prices: readonly Price[]): Price {
  if (prices.length === 0) return { InstancePrice: zeroItemPrice(), BandwidthPrice: zeroItemPrice() };
  return { InstancePrice: sumItems(prices.map((p) => p.InstancePrice)), BandwidthPrice: sumItems(prices.map((p) => p.BandwidthPrice)) };
}
