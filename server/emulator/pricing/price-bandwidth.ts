// Public bandwidth prices: BandwidthPrice of the purchase / renew quotes and
// InquiryPriceResetInstancesInternetMaxBandwidth (seed 30821–31065).
import { hourlyItem, prepaidItem, zeroItemPrice, type ItemPrice, type Price } from "./item-price";
import { DAY_MS, roundFen, toMs, type TimeInput } from "./money";
import { defaultInternetChargeType, type InstanceChargeType, type InternetSpec } from "./order";
import { periodDiscount } from "./rates";
import { bandwidthHourlyFen, bandwidthMonthlyFen, trafficPerGbFen } from "./unit-prices";

export interface BandwidthItemInput {
  zone: string;
  internet?: InternetSpec;
  /** Picks the default InternetChargeType (seed 37620–37636). */
  instanceChargeType: InstanceChargeType;
  period?: number;
  count?: number;
}

/**
 * The BandwidthPrice item. 0 Mbps is free (seed 37638: default 0). Traffic is a per-GB rate, the same for any
 * number of instances; BANDWIDTH_PACKAGE is billed on the package, not here.
 */
export function bandwidthItem({ zone, internet, instanceChargeType, period = 1, count = 1 }: BandwidthItemInput): ItemPrice {
  const mbps = internet?.InternetMaxBandwidthOut ?? 0;
  const kind = internet?.InternetChargeType ?? defaultInternetChargeType(instanceChargeType);
  if (mbps <= 0) return zeroItemPrice();
  switch (kind) {
    case "BANDWIDTH_PREPAID":
      return prepaidItem(bandwidthMonthlyFen(zone, mbps) * period * count, periodDiscount(period));
    case "BANDWIDTH_POSTPAID_BY_HOUR":
      return hourlyItem({ listFen: bandwidthHourlyFen(zone, mbps) * count });
    case "TRAFFIC_POSTPAID_BY_HOUR":
      return hourlyItem({ listFen: trafficPerGbFen(zone), chargeUnit: "GB" });
    default:
      return zeroItemPrice();
  }
}

export interface BandwidthChangeInput {
  zone: string;
  internetChargeType: string;
  currentMbps: number;
  newMbps: number;
  count?: number;
  /** BANDWIDTH_PREPAID only: the new bandwidth applies from StartTime to EndTime, both "YYYY-MM-DD", inclusive (seed 30886). */
  startTime?: TimeInput;
  endTime?: TimeInput;
}

/** Whole days from start to end, both included. */
export function inclusiveDays(start: TimeInput, end: TimeInput): number {
  return Math.max(0, Math.round((toMs(end) - toMs(start)) / DAY_MS) + 1);
}

/**
 * InquiryPriceResetInstancesInternetMaxBandwidth. Hourly kinds quote the new rate (as the seed example: traffic
 * UnitPrice 0.8, ChargeUnit GB, seed 30951–30953). BANDWIDTH_PREPAID quotes the extra cost of the larger bandwidth
 * for the chosen days: (new − current monthly price) × days / 30, never negative (it cannot be lowered, seed 30829).
 */
export function priceBandwidthChange(input: BandwidthChangeInput): Price {
  const { zone, internetChargeType, currentMbps, newMbps, count = 1 } = input;
  if (internetChargeType !== "BANDWIDTH_PREPAID") {
    const kind = internetChargeType as InternetSpec["InternetChargeType"];
    const item = bandwidthItem({ zone, internet: { InternetChargeType: kind, InternetMaxBandwidthOut: newMbps }, instanceChargeType: "POSTPAID_BY_HOUR", count });
    return { InstancePrice: zeroItemPrice(), BandwidthPrice: item };
  }
  const days = input.startTime !== undefined && input.endTime !== undefined ? inclusiveDays(input.startTime, input.endTime) : 30;
  const diff = Math.max(0, bandwidthMonthlyFen(zone, newMbps) - bandwidthMonthlyFen(zone, currentMbps));
  return { InstancePrice: zeroItemPrice(), BandwidthPrice: prepaidItem(roundFen((diff * days) / 30) * count, 100) };
}
