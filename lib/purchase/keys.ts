// Query keys of the purchase wizard's reads: account and region always in the key (STYLE: query keys), so a switch
// of either never shows another scope's catalogue, quota or price.
export const purchaseKeys = {
  all: (accountId: string) => ["cvm", accountId, "purchase"] as const,
  offers: (accountId: string, region: string, zone: string, chargeType: string, language: string) =>
    [...purchaseKeys.all(accountId), "offers", region, zone, chargeType, language] as const,
  images: (accountId: string, region: string, source: string, instanceType: string) =>
    [...purchaseKeys.all(accountId), "images", region, source, instanceType] as const,
  quota: (accountId: string, region: string) => [...purchaseKeys.all(accountId), "quota", region] as const,
  /** `request` is the canonical JSON of the InquiryPriceRunInstances request: one cache entry per priced configuration. */
  price: (accountId: string, region: string, request: string) => [...purchaseKeys.all(accountId), "price", region, request] as const,
  options: (accountId: string, region: string, kind: string) => [...purchaseKeys.all(accountId), "options", region, kind] as const,
};
