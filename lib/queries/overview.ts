"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { overviewKeys } from "@/lib/overview/keys";
import type { OverviewData } from "@/lib/overview/types";
import { fetchJson } from "./fetch-json";

export { overviewKeys };

const url = (accountId: string, fresh: boolean) => `/api/overview?${new URLSearchParams({ account: accountId, ...(fresh ? { fresh: "1" } : {}) })}`;

/** The dashboard across every region. The server caches it for 30 s; Refresh asks past that cache. */
export function useOverviewQuery(accountId: string, language: string) {
  return useQuery({
    queryKey: overviewKeys.dashboard(accountId, language),
    queryFn: ({ signal }) => fetchJson<OverviewData>(url(accountId, false), signal),
    staleTime: 30_000,
  });
}

export function useRefreshOverview(accountId: string, language: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.fetchQuery({
      queryKey: overviewKeys.dashboard(accountId, language),
      queryFn: ({ signal }) => fetchJson<OverviewData>(url(accountId, true), signal),
      staleTime: 0,
    });
}
