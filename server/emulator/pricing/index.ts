// The price model's public surface: one model for every quote (InquiryPrice* actions, zone item prices, CDH hosts).
export type { HostPriceInfo, ItemPrice, Price } from "./item-price";
export { paidFen, zeroItemPrice } from "./item-price";
export { DAY_MS, toFen, toYuan, type TimeInput } from "./money";
export {
  HOST_PERIODS,
  INSTANCE_PERIODS,
  defaultInternetChargeType,
  isValidPeriod,
  type InstanceChargeType,
  type InstanceConfig,
  type InternetChargeType,
  type InternetSpec,
} from "./order";
export { priceBandwidthChange, type BandwidthChangeInput } from "./price-bandwidth";
export { priceChangeType, priceReset, priceResize, remainingDays, type DiskChangeInput, type RemainingTerm, type TypeChangeInput } from "./price-change";
export { priceHostRenew, type HostPriceInput } from "./price-host";
export { priceChargeTypeChange, priceInstance, priceRenew, type PriceInstanceInput } from "./price-instance";
export { FULL_REFUND_DAYS, priceRefund, type RefundInput, type RefundQuote } from "./price-refund";
export { periodDiscount, regionMultiplier } from "./rates";
export { spotHourlyFen } from "./unit-prices";
export { zoneItemPrice } from "./zone-price";
