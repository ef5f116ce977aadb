"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";
import { regionKeys, type RegionView, type ZoneView } from "./region-keys";

export { regionKeys };

// The route handlers read the account from the session's cookies; the account id in the key keeps
// caches of different accounts apart after a switch.
export function useRegionsQuery(accountId: string, language: string) {
  return useQuery({
    queryKey: regionKeys.list(accountId, language),
    queryFn: ({ signal }) => fetchJson<{ RegionSet: RegionView[] }>("/api/regions", signal).then((r) => r.RegionSet),
    staleTime: 5 * 60_000,
  });
}

export function useZonesQuery(accountId: string, region: string, language: string) {
  return useQuery({
    queryKey: regionKeys.zones(accountId, region, language),
    queryFn: ({ signal }) =>
      fetchJson<{ ZoneSet: ZoneView[] }>(`/api/zones?region=${encodeURIComponent(region)}`, signal).then((r) => r.ZoneSet),
    staleTime: 60_000,
  });
}
