// CDH host prices: InquiryPriceRenewHosts returns HostPriceInfo {HostPrice} (seed 21924–22108, 36596–36606), and the
// same quote is what AllocateHosts charges. Hosts are PREPAID only; periods are ChargePrepaid's (seed 35850).
import { prepaidItem, type HostPriceInfo } from "./item-price";
import { periodDiscount } from "./rates";
import { hostMonthlyFen } from "./unit-prices";

export interface HostPriceInput {
  zone: string;
  hostType: string;
  period: number;
  count?: number;
}

export function priceHostRenew({ zone, hostType, period, count = 1 }: HostPriceInput): HostPriceInfo {
  return { HostPrice: prepaidItem(hostMonthlyFen(zone, hostType) * period * count, periodDiscount(period)) };
}
