"use client";

import { useQuery } from "@tanstack/react-query";
import { quotaKeys } from "@/lib/quotas/keys";
import type { QuotaOverview } from "@/lib/quotas/types";
import { fetchJson } from "./fetch-json";
import { scopeQuery } from "./resource-mutation";

export { quotaKeys };

/** Usage moves with every purchase: refetched when the tab regains focus (React Query's default) and each minute. */
export function useQuotasQuery(accountId: string, region: string) {
  return useQuery({
    queryKey: quotaKeys.region(accountId, region),
    queryFn: ({ signal }) => fetchJson<QuotaOverview>(`/api/quotas?${scopeQuery(accountId, region)}`, signal),
    staleTime: 15_000,
    refetchInterval: 60_000,
  });
}
