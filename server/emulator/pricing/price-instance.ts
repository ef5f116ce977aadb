// Quotes for buying, renewing and switching the billing of instances: InquiryPriceRunInstances,
// InquiryPriceRenewInstances, InquiryPriceModifyInstancesChargeType, and the per-type price of
// DescribeZoneInstanceConfigInfos. One code path, so the same configuration always gets the same price.
import {
  diskHourlyFen,
  diskMonthlyFen,
  hourlyIsTiered,
  instanceHourlyFen,
  instanceMonthlyFen,
  spotHourlyFen,
} from "./unit-prices";
import { hourlyItem, prepaidItem, zeroItemPrice, type ItemPrice, type Price } from "./item-price";
import { bandwidthItem } from "./price-bandwidth";
import { periodDiscount } from "./rates";
import { resolveDisks, resolveType, type InstanceChargeType, type InstanceConfig, type ResolvedDisk } from "./order";

export interface PriceInstanceInput extends InstanceConfig {
  chargeType: InstanceChargeType;
  /** Months, for PREPAID (and BANDWIDTH_PREPAID); default 1. */
  period?: number;
  /** InstanceCount; default 1. Every total is per order. */
  count?: number;
}

export function disksHourlyFen(zone: string, disks: readonly ResolvedDisk[]): number {
  return disks.reduce((sum, d) => sum + diskHourlyFen(zone, d.DiskType, d.DiskSize), 0);
}

export function disksMonthlyFen(zone: string, disks: readonly ResolvedDisk[]): number {
  return disks.reduce((sum, d) => sum + diskMonthlyFen(zone, d.DiskType, d.DiskSize), 0);
}

/** InstancePrice for a configuration (instance + its disks) under a charge type. */
export function instanceItem(input: PriceInstanceInput): ItemPrice {
  const { zone, chargeType } = input;
  const count = input.count ?? 1;
  const t = resolveType(input.instanceType);
  const disks = resolveDisks(input);
  const tiered = t ? hourlyIsTiered(t) : false;
  switch (chargeType) {
    case "PREPAID": {
      const period = input.period ?? 1;
      const monthly = (t ? instanceMonthlyFen(zone, t) : 0) + disksMonthlyFen(zone, disks);
      return prepaidItem(monthly * period * count, periodDiscount(period));
    }
    case "POSTPAID_BY_HOUR": {
      const hourly = (t ? instanceHourlyFen(zone, t) : 0) + disksHourlyFen(zone, disks);
      return hourlyItem({ listFen: hourly * count, tiered });
    }
    case "SPOTPAID": {
      const diskFen = disksHourlyFen(zone, disks);
      const list = (t ? instanceHourlyFen(zone, t) : 0) + diskFen;
      const paid = (t ? spotHourlyFen(zone, t) : 0) + diskFen;
      return hourlyItem({ listFen: list * count, paidFen: paid * count });
    }
    case "CDHPAID":
      // seed 8594: 独享子机 — the host is paid, the instance is not; its cloud disks are, by the hour.
      return hourlyItem({ listFen: disksHourlyFen(zone, disks) * count });
    default:
      return zeroItemPrice();
  }
}

/** InquiryPriceRunInstances: the instance with its disks, and its public bandwidth. */
export function priceInstance(input: PriceInstanceInput): Price {
  return {
    InstancePrice: instanceItem(input),
    BandwidthPrice: bandwidthItem({
      zone: input.zone,
      internet: input.internet,
      instanceChargeType: input.chargeType,
      period: input.period,
      count: input.count,
    }),
  };
}

/**
 * InquiryPriceRenewInstances: the same as buying the configuration PREPAID for `period` months, so a renewal costs
 * what a purchase of that term shows. Pass only the disks that are renewed with the instance
 * (RenewPortableDataDisk, seed 13056); BandwidthPrice is non-zero only for BANDWIDTH_PREPAID.
 */
export function priceRenew(input: Omit<PriceInstanceInput, "chargeType">): Price {
  const price = priceInstance({ ...input, chargeType: "PREPAID" });
  const bw = input.internet?.InternetChargeType ?? "BANDWIDTH_PREPAID";
  return bw === "BANDWIDTH_PREPAID" ? price : { ...price, BandwidthPrice: zeroItemPrice() };
}

/**
 * InquiryPriceModifyInstancesChargeType (seed 13841): the price under the new charge type, PREPAID for `period`
 * months or POSTPAID_BY_HOUR per hour; the bandwidth keeps its own billing, so BandwidthPrice is zero.
 */
export function priceChargeTypeChange(
  input: Omit<PriceInstanceInput, "chargeType" | "internet"> & { chargeType: "PREPAID" | "POSTPAID_BY_HOUR" },
): Price {
  return { InstancePrice: instanceItem(input), BandwidthPrice: zeroItemPrice() };
}
