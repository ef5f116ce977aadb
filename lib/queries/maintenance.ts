"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { authorizeRepairTask } from "@/server/actions/maintenance/authorize";
import { taskFiltersToSearch } from "@/lib/maintenance/filters";
import { maintenanceKeys } from "@/lib/maintenance/keys";
import type { TaskFilters } from "@/lib/maintenance/schemas";
import type { RepairTaskList } from "@/lib/maintenance/types";
import { fetchJson } from "./fetch-json";
import { scopeQuery, useResourceMutation } from "./resource-mutation";

export { maintenanceKeys };

export function useRepairTasksQuery(accountId: string, region: string, filters: TaskFilters) {
  return useQuery({
    queryKey: maintenanceKeys.list(accountId, region, filters),
    queryFn: ({ signal }) =>
      fetchJson<RepairTaskList>(`/api/maintenance?${scopeQuery(accountId, region, Object.fromEntries(taskFiltersToSearch(filters)))}`, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Every filtered view of the region's tasks changes with an authorisation. */
export const useAuthorizeRepairTaskMutation = (accountId: string) => useResourceMutation(authorizeRepairTask, [maintenanceKeys.all(accountId)]);
