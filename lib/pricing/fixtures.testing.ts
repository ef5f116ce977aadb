import type { CatalogOffer } from "./rows";

/** A catalogue item for tests: list prices per hour and per month, with term totals like the seed's example. */
export function offer(zone: string, type: string, charge: string, hourly: number, month: number, extra: Partial<CatalogOffer> = {}): CatalogOffer {
  return {
    Zone: zone,
    InstanceType: type,
    InstanceFamily: type.split(".")[0],
    TypeName: `Standard ${type.split(".")[0]}`,
    Cpu: 2,
    Memory: 4,
    GpuCount: 0,
    CpuType: "Intel",
    Frequency: "2.5GHz",
    ChargeType: charge,
    Status: "SELL",
    SoldOutReason: "",
    Price: {
      UnitPrice: hourly,
      UnitPriceDiscount: charge === "SPOTPAID" ? hourly / 5 : hourly,
      OriginalPrice: month,
      DiscountPrice: month,
      OriginalPriceOneYear: month * 12,
      DiscountPriceOneYear: month * 12 * 0.83,
      OriginalPriceThreeYear: month * 36,
      DiscountPriceThreeYear: month * 36 * 0.5,
    },
    ...extra,
  };
}
