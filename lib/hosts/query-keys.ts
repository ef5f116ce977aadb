// Query keys of the Hosts page: account and region always in the key (STYLE: query keys).
export const hostKeys = {
  /** Every host query of an account: invalidated after any host or CHC write. */
  all: (accountId: string) => ["cvm", accountId, "hosts"] as const,
  list: (accountId: string, region: string) => [...hostKeys.all(accountId), "cdh", region] as const,
  chc: (accountId: string, region: string) => [...hostKeys.all(accountId), "chc", region] as const,
  /** `ids` sorted and joined; one cache entry per priced selection and term. */
  price: (accountId: string, region: string, ids: string, period: number) => [...hostKeys.all(accountId), "price", region, ids, period] as const,
};
