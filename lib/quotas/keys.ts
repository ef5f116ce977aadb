// Query keys of the quotas page: account and region always in the key.
export const quotaKeys = {
  all: (accountId: string) => ["cvm", accountId, "quotas"] as const,
  region: (accountId: string, region: string) => [...quotaKeys.all(accountId), region] as const,
};
