import type { TaskFilters } from "./schemas";

// Query keys of the maintenance page: account and region always in the key.
export const maintenanceKeys = {
  all: (accountId: string) => ["cvm", accountId, "maintenance"] as const,
  list: (accountId: string, region: string, filters: TaskFilters) => [...maintenanceKeys.all(accountId), "list", region, filters] as const,
};
