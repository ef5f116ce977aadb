"use client";

import { useQuery } from "@tanstack/react-query";
import { createPlacementGroup } from "@/server/actions/placement-groups/create";
import { modifyPlacementGroup } from "@/server/actions/placement-groups/modify";
import { deletePlacementGroups } from "@/server/actions/placement-groups/delete";
import { placementGroupKeys } from "@/lib/placement-groups/keys";
import type { PlacementGroupList } from "@/lib/placement-groups/types";
import { fetchJson } from "./fetch-json";
import { scopeQuery, useResourceMutation } from "./resource-mutation";

export { placementGroupKeys };

export function usePlacementGroupsQuery(accountId: string, region: string) {
  return useQuery({
    queryKey: placementGroupKeys.list(accountId, region),
    queryFn: ({ signal }) => fetchJson<PlacementGroupList>(`/api/placement-groups?${scopeQuery(accountId, region)}`, signal),
    staleTime: 30_000,
  });
}

const lists = (accountId: string, region: string) => [placementGroupKeys.list(accountId, region)];
export const useCreatePlacementGroupMutation = (accountId: string, region: string) => useResourceMutation(createPlacementGroup, lists(accountId, region));
export const useModifyPlacementGroupMutation = (accountId: string, region: string) => useResourceMutation(modifyPlacementGroup, lists(accountId, region));
export const useDeletePlacementGroupsMutation = (accountId: string, region: string) => useResourceMutation(deletePlacementGroups, lists(accountId, region));
