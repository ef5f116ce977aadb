// Query keys of the Images page: account and region always in the key (STYLE: query keys), so switching either
// never shows another scope's images. Kept apart from the hooks so the server page builds the same keys.
export const imageKeys = {
  /** Every image query of an account: invalidated after any image write. */
  all: (accountId: string) => ["cvm", accountId, "images"] as const,
  list: (accountId: string, region: string, type: string) => [...imageKeys.all(accountId), "list", region, type] as const,
  quota: (accountId: string, region: string) => [...imageKeys.all(accountId), "quota", region] as const,
  shares: (accountId: string, region: string, imageId: string) => [...imageKeys.all(accountId), "shares", region, imageId] as const,
  one: (accountId: string, region: string, imageId: string) => [...imageKeys.all(accountId), "one", region, imageId] as const,
  importOs: (accountId: string, region: string) => [...imageKeys.all(accountId), "import-os", region] as const,
  family: (accountId: string, region: string, family: string) => [...imageKeys.all(accountId), "family", region, family] as const,
  instances: (accountId: string, region: string, q: string) => [...imageKeys.all(accountId), "instances", region, q] as const,
  /** `copies` is "region:img-…" joined by commas, the route's own parameter. */
  sync: (accountId: string, copies: string) => [...imageKeys.all(accountId), "sync", copies] as const,
};
