// Query keys of the key pair page: account and region always in the key (STYLE: query keys).
export const keyPairKeys = {
  all: (accountId: string) => ["cvm", accountId, "key-pairs"] as const,
  list: (accountId: string, region: string) => [...keyPairKeys.all(accountId), "list", region] as const,
  /** Instances offered by the bind dialog; `ids` is the unbind dialog's bound set, `q` the bind dialog's search. */
  instances: (accountId: string, region: string, q: string, ids: string) => [...keyPairKeys.all(accountId), "instances", region, q, ids] as const,
};
