// The Price inside each DescribeZoneInstanceConfigInfos item (InstanceTypeQuotaItem.Price, seed 37538): the
// instance alone, without disks or bandwidth.
// - PREPAID and POSTPAID_BY_HOUR carry the one-month price (OriginalPrice/DiscountPrice) and the one-, three- and
//   five-year totals, as the seed example does even for a POSTPAID_BY_HOUR item (seed 20760–20790: 59, 708, 587.64);
//   POSTPAID_BY_HOUR adds its hourly UnitPrice fields.
// - SPOTPAID carries the hourly list and spot price only.
import { findInstanceType } from "../catalog/compute/instance-types";
import { hourlyItem, zeroItemPrice, type ItemPrice } from "./item-price";
import { applyPercent, toYuan } from "./money";
import { periodDiscount } from "./rates";
import { hourlyIsTiered, instanceHourlyFen, instanceMonthlyFen, spotHourlyFen } from "./unit-prices";

export function zoneItemPrice(zone: string, instanceType: string, chargeType: string): ItemPrice {
  const t = findInstanceType(instanceType);
  if (!t) throw new Error(`pricing: unknown instance type ${instanceType}`);
  if (chargeType === "SPOTPAID") {
    return hourlyItem({ listFen: instanceHourlyFen(zone, t), paidFen: spotHourlyFen(zone, t) });
  }
  if (chargeType !== "PREPAID" && chargeType !== "POSTPAID_BY_HOUR") return zeroItemPrice();
  const base = chargeType === "POSTPAID_BY_HOUR" ? hourlyItem({ listFen: instanceHourlyFen(zone, t), tiered: hourlyIsTiered(t) }) : zeroItemPrice();
  const month = instanceMonthlyFen(zone, t);
  const years = (months: number) => {
    const pct = periodDiscount(months);
    return [toYuan(month * months), toYuan(applyPercent(month * months, pct)), pct] as const;
  };
  const [o1, d1, p1] = years(12);
  const [o3, d3, p3] = years(36);
  const [o5, d5, p5] = years(60);
  return {
    ...base,
    OriginalPrice: toYuan(month),
    DiscountPrice: toYuan(month),
    Discount: 100,
    OriginalPriceOneYear: o1,
    DiscountPriceOneYear: d1,
    DiscountOneYear: p1,
    OriginalPriceThreeYear: o3,
    DiscountPriceThreeYear: d3,
    DiscountThreeYear: p3,
    OriginalPriceFiveYear: o5,
    DiscountPriceFiveYear: d5,
    DiscountFiveYear: p5,
  };
}
