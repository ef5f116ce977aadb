// Query keys of the placement group page: account and region always in the key.
export const placementGroupKeys = {
  all: (accountId: string) => ["cvm", accountId, "placement-groups"] as const,
  list: (accountId: string, region: string) => [...placementGroupKeys.all(accountId), "list", region] as const,
};
