"use client";

import { useQuery } from "@tanstack/react-query";
import { createKeyPair } from "@/server/actions/key-pairs/create";
import { importKeyPair } from "@/server/actions/key-pairs/import";
import { modifyKeyPair } from "@/server/actions/key-pairs/modify";
import { deleteKeyPairs } from "@/server/actions/key-pairs/delete";
import { bindKeyPair } from "@/server/actions/key-pairs/bind";
import { keyPairKeys } from "@/lib/key-pairs/keys";
import type { BindableInstanceList, KeyPairList } from "@/lib/key-pairs/types";
import { instanceKeys } from "@/lib/instances/query-keys";
import { fetchJson } from "./fetch-json";
import { scopeQuery, useResourceMutation } from "./resource-mutation";

export { keyPairKeys };

/** `poll` while a bind/unbind runs: the instances take the key when their change finishes, not at once. */
export function useKeyPairsQuery(accountId: string, region: string, poll = false) {
  return useQuery({
    queryKey: keyPairKeys.list(accountId, region),
    queryFn: ({ signal }) => fetchJson<KeyPairList>(`/api/key-pairs?${scopeQuery(accountId, region)}`, signal),
    staleTime: 30_000,
    refetchInterval: poll ? 3_000 : false,
  });
}

/** The bind dialog's instances: a search (`q`), or the unbind dialog's bound ids. */
export function useBindableInstancesQuery(accountId: string, region: string, q: string, ids: string[], enabled: boolean) {
  const idList = ids.join(",");
  return useQuery({
    queryKey: keyPairKeys.instances(accountId, region, q, idList),
    queryFn: ({ signal }) => fetchJson<BindableInstanceList>(`/api/key-pairs/instances?${scopeQuery(accountId, region, idList ? { ids: idList } : { q })}`, signal),
    staleTime: 5_000,
    enabled,
  });
}

const lists = (accountId: string, region: string) => [keyPairKeys.list(accountId, region)];

/** The answer carries the private key: kept only while the dialog shows it (gcTime 0, reset on close). */
export const useCreateKeyPairMutation = (accountId: string, region: string) => useResourceMutation(createKeyPair, lists(accountId, region), { gcTime: 0 });
export const useImportKeyPairMutation = (accountId: string, region: string) => useResourceMutation(importKeyPair, lists(accountId, region));
export const useModifyKeyPairMutation = (accountId: string, region: string) => useResourceMutation(modifyKeyPair, lists(accountId, region));
export const useDeleteKeyPairsMutation = (accountId: string, region: string) => useResourceMutation(deleteKeyPairs, lists(accountId, region));
/** Binding changes instances too (their state while a force stop runs, their login keys). */
export const useBindKeyPairMutation = (accountId: string) =>
  useResourceMutation(bindKeyPair, [keyPairKeys.all(accountId), instanceKeys.all(accountId)]);
