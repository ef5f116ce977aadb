"use client";

import { useTransition } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { setInstanceColumns } from "@/server/actions/preferences/set-instance-columns";
import { instanceKeys, type InstanceListKeyParams } from "@/lib/instances/query-keys";
import type { InstanceDetail, InstanceList } from "@/lib/instances/list-result";
import type { SetInstanceColumnsInput } from "@/lib/instances/table-prefs";
import { fetchJson } from "./fetch-json";

export { instanceKeys };

/** The GET /api/instances URL of a page of the list (also the base of the CSV export's URL). */
export function instancesUrl(path: "/api/instances" | "/api/instances/export", region: string, params: InstanceListKeyParams, extra?: Record<string, string>): string {
  const search = new URLSearchParams({ region, page: String(params.page), size: String(params.size) });
  if (params.q) search.set("q", params.q);
  if (params.scope === "all") search.set("scope", "all");
  for (const [k, v] of Object.entries(extra ?? {})) search.set(k, v);
  return `${path}?${search.toString()}`;
}

/**
 * One page of instances. The previous page stays on screen while the next loads (no flash of an empty table);
 * `enabled: false` while the search box holds errors, so nothing malformed is sent.
 */
export function useInstancesQuery(accountId: string, region: string, language: string, params: InstanceListKeyParams, enabled = true) {
  return useQuery({
    queryKey: instanceKeys.list(accountId, region, language, params),
    queryFn: ({ signal }) => fetchJson<InstanceList>(instancesUrl("/api/instances", region, params), signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    enabled,
  });
}

export function useInstanceDetailQuery(accountId: string, region: string, instanceId: string) {
  return useQuery({
    queryKey: instanceKeys.detail(accountId, region, instanceId),
    queryFn: ({ signal }) =>
      fetchJson<InstanceDetail>(`/api/instances/${encodeURIComponent(instanceId)}?region=${encodeURIComponent(region)}`, signal),
    staleTime: 15_000,
  });
}

/**
 * Saves columns/density for this user. The table already shows the change and there is no cache to update, so a
 * transition is enough (useMutation's machinery would cost the list page ~0.7 kB of first-load JS). A failed save
 * leaves the change on screen for this visit only, as before.
 */
export function useSaveInstanceTablePrefs(): { saving: boolean; save: (change: SetInstanceColumnsInput) => void } {
  const [saving, startSaving] = useTransition();
  const save = (change: SetInstanceColumnsInput) =>
    startSaving(async () => {
      await setInstanceColumns(change).catch(() => undefined);
    });
  return { saving, save };
}
