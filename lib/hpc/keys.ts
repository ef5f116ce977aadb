// Query keys of the HPC cluster page: account and region always in the key.
export const hpcKeys = {
  all: (accountId: string) => ["cvm", accountId, "hpc-clusters"] as const,
  list: (accountId: string, region: string) => [...hpcKeys.all(accountId), "list", region] as const,
};
