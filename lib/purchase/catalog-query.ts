"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/queries/fetch-json";
import { catalogKey, type PurchaseCatalog } from "./catalog";

/** The region's catalogue facts through GET /api/purchase/catalog; the wizard works without them (plain ids). */
export function usePurchaseCatalog(accountId: string, region: string, language: string) {
  return useQuery({
    queryKey: catalogKey(accountId, region, language),
    queryFn: ({ signal }) => fetchJson<PurchaseCatalog>(`/api/purchase/catalog?${new URLSearchParams({ account: accountId, region }).toString()}`, signal),
    staleTime: 5 * 60_000,
    retry: 1,
  });
}
