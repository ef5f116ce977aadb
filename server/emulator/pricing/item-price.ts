// The Price / ItemPrice structures (seed 38450–38464, 37719–37875) and how each charge type fills them.
//
// Every ItemPrice carries all 19 members, unused ones 0, as in the InquiryPriceRunInstances examples
// (seed 12340–12420); ChargeUnit is "HOUR" except for traffic, which is billed per "GB" (seed 37746–37758, 30953).
// - postpaid (POSTPAID_BY_HOUR, SPOTPAID, CDHPAID, hourly bandwidth): UnitPrice / UnitPriceDiscount and the
//   (96, 360) and (360, ∞) hour steps (seed 37736–37800); steps equal the first one unless the family is tiered.
// - prepaid: OriginalPrice / DiscountPrice / Discount (seed 37760–37770).
// Discount is a percentage of list ("20.0代表2折"): 100 when nothing is discounted, 0 on an all-zero item.
import { applyPercent, toYuan } from "./money";
import { SECOND_STEP_RATIO, THIRD_STEP_RATIO } from "./rates";

export interface ItemPrice {
  UnitPrice: number;
  ChargeUnit: string;
  OriginalPrice: number;
  DiscountPrice: number;
  Discount: number;
  UnitPriceDiscount: number;
  UnitPriceSecondStep: number;
  UnitPriceDiscountSecondStep: number;
  UnitPriceThirdStep: number;
  UnitPriceDiscountThirdStep: number;
  OriginalPriceThreeYear: number;
  DiscountPriceThreeYear: number;
  DiscountThreeYear: number;
  OriginalPriceFiveYear: number;
  DiscountPriceFiveYear: number;
  DiscountFiveYear: number;
  OriginalPriceOneYear: number;
  DiscountPriceOneYear: number;
  DiscountOneYear: number;
}

export interface Price {
  InstancePrice: ItemPrice;
  BandwidthPrice: ItemPrice;
}

/** HostPriceInfo (seed 36596–36606). */
export interface HostPriceInfo {
  HostPrice: ItemPrice;
}

export function zeroItemPrice(chargeUnit: "HOUR" | "GB" = "HOUR"): ItemPrice {
  return {
    UnitPrice: 0,
    ChargeUnit: chargeUnit,
    OriginalPrice: 0,
    DiscountPrice: 0,
    Discount: 0,
    UnitPriceDiscount: 0,
    UnitPriceSecondStep: 0,
    UnitPriceDiscountSecondStep: 0,
    UnitPriceThirdStep: 0,
    UnitPriceDiscountThirdStep: 0,
    OriginalPriceThreeYear: 0,
    DiscountPriceThreeYear: 0,
    DiscountThreeYear: 0,
    OriginalPriceFiveYear: 0,
    DiscountPriceFiveYear: 0,
    DiscountFiveYear: 0,
    OriginalPriceOneYear: 0,
    DiscountPriceOneYear: 0,
    DiscountOneYear: 0,
  };
}

/** Discount of `paid` against `list` in percent with one decimal; 100 when equal. */
function effectiveDiscount(listFen: number, paidFen: number): number {
  if (listFen === 0) return paidFen === 0 ? 0 : 100;
  return Math.round((paidFen / listFen) * 1000) / 10;
}

export interface HourlyInput {
  /** List price per charge unit for the whole order (all instances), in fen. */
  listFen: number;
  /** What is actually charged per unit (spot price, ...); defaults to list. */
  paidFen?: number;
  chargeUnit?: "HOUR" | "GB";
  /** Apply the (96,360) and (360,∞) hour steps of legacy families. */
  tiered?: boolean;
}

export function hourlyItem({ listFen, paidFen = listFen, chargeUnit = "HOUR", tiered = false }: HourlyInput): ItemPrice {
  if (listFen === 0 && paidFen === 0) return zeroItemPrice(chargeUnit);
  const step = (fen: number, ratio: number) => toYuan(tiered ? applyPercent(fen, ratio * 100) : fen);
  return {
    ...zeroItemPrice(chargeUnit),
    UnitPrice: toYuan(listFen),
    UnitPriceDiscount: toYuan(paidFen),
    UnitPriceSecondStep: step(listFen, SECOND_STEP_RATIO),
    UnitPriceDiscountSecondStep: step(paidFen, SECOND_STEP_RATIO),
    UnitPriceThirdStep: step(listFen, THIRD_STEP_RATIO),
    UnitPriceDiscountThirdStep: step(paidFen, THIRD_STEP_RATIO),
    Discount: effectiveDiscount(listFen, paidFen),
  };
}

/** A prepaid total (all months, all instances) in fen and the term's discount percent. */
export function prepaidItem(originalFen: number, discountPercent: number): ItemPrice {
  if (originalFen === 0) return zeroItemPrice();
  return {
    ...zeroItemPrice(),
    OriginalPrice: toYuan(originalFen),
    DiscountPrice: toYuan(applyPercent(originalFen, discountPercent)),
    Discount: discountPercent,
  };
}

/** Paid amount of a prepaid item in fen (what the buyer is charged). */
export function paidFen(item: ItemPrice): number {
  return Math.round(item.DiscountPrice * 100);
}
