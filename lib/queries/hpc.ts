"use client";

import { useQuery } from "@tanstack/react-query";
import { createHpcCluster } from "@/server/actions/hpc/create";
import { modifyHpcCluster } from "@/server/actions/hpc/modify";
import { deleteHpcClusters } from "@/server/actions/hpc/delete";
import { hpcKeys } from "@/lib/hpc/keys";
import type { HpcClusterList } from "@/lib/hpc/types";
import { fetchJson } from "./fetch-json";
import { scopeQuery, useResourceMutation } from "./resource-mutation";

export { hpcKeys };

export function useHpcClustersQuery(accountId: string, region: string) {
  return useQuery({
    queryKey: hpcKeys.list(accountId, region),
    queryFn: ({ signal }) => fetchJson<HpcClusterList>(`/api/hpc-clusters?${scopeQuery(accountId, region)}`, signal),
    staleTime: 30_000,
  });
}

const lists = (accountId: string, region: string) => [hpcKeys.list(accountId, region)];
export const useCreateHpcClusterMutation = (accountId: string, region: string) => useResourceMutation(createHpcCluster, lists(accountId, region));
export const useModifyHpcClusterMutation = (accountId: string, region: string) => useResourceMutation(modifyHpcCluster, lists(accountId, region));
export const useDeleteHpcClustersMutation = (accountId: string, region: string) => useResourceMutation(deleteHpcClusters, lists(accountId, region));
