import type { PageSize, Scope } from "./list-params";

// Query keys for instances: account, region and language always in the key (All regions mode uses "*" as its
// region; region names come back translated). Kept apart from the hooks so server pages build the same keys.
export type InstanceListKeyParams = { q: string; page: number; size: PageSize; scope: Scope };

export const instanceKeys = {
  /** Every instance query of an account: invalidate this after any instance operation. */
  all: (accountId: string) => ["cvm", accountId, "instances"] as const,
  lists: (accountId: string) => [...instanceKeys.all(accountId), "list"] as const,
  list: (accountId: string, region: string, language: string, params: InstanceListKeyParams) =>
    [...instanceKeys.lists(accountId), params.scope === "all" ? "*" : region, language, params] as const,
  detail: (accountId: string, region: string, instanceId: string) => [...instanceKeys.all(accountId), "detail", region, instanceId] as const,
};
