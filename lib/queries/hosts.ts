"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { allocateHosts } from "@/server/actions/hosts/allocate";
import { modifyHosts } from "@/server/actions/hosts/modify";
import { renewHosts } from "@/server/actions/hosts/renew";
import { configureChcAssistVpc } from "@/server/actions/hosts/chc-configure-assist";
import { configureChcDeployVpc } from "@/server/actions/hosts/chc-configure-deploy";
import { removeChcNetwork } from "@/server/actions/hosts/chc-remove-network";
import { modifyChcAttribute } from "@/server/actions/hosts/chc-attributes";
import { hostKeys } from "@/lib/hosts/query-keys";
import type { ChcList, HostList, HostPriceQuote } from "@/lib/hosts/types";
import type { ActionResult } from "@/lib/action-result";
import { fetchJson } from "./fetch-json";
import { useActionMutation } from "./use-action-mutation";

export { hostKeys };

/** Hosts being delivered (PENDING) and CHC servers being configured (OPERATING) are read again this often. */
export const BUSY_POLL_MS = 3_000;

export function useHostsQuery(accountId: string, region: string) {
  return useQuery({
    queryKey: hostKeys.list(accountId, region),
    queryFn: ({ signal }) => fetchJson<HostList>(`/api/hosts?region=${encodeURIComponent(region)}`, signal),
    staleTime: 15_000,
    refetchInterval: (query) => (query.state.data?.HostSet.some((h) => h.HostState === "PENDING") ? BUSY_POLL_MS : false),
  });
}

export function useChcQuery(accountId: string, region: string, enabled = true) {
  return useQuery({
    queryKey: hostKeys.chc(accountId, region),
    queryFn: ({ signal }) => fetchJson<ChcList>(`/api/hosts/chc?region=${encodeURIComponent(region)}`, signal),
    staleTime: 15_000,
    refetchInterval: (query) => (query.state.data?.ChcHostSet.some((c) => c.InstanceState === "OPERATING" || c.InstanceState === "READY") ? BUSY_POLL_MS : false),
    enabled,
  });
}

/** InquiryPriceRenewHosts for the chosen hosts and term (the price is shown before a renewal is confirmed). */
export function useHostRenewPriceQuery(accountId: string, region: string, hostIds: readonly string[], period: number, enabled = true) {
  const ids = [...hostIds].sort().join(",");
  return useQuery({
    queryKey: hostKeys.price(accountId, region, ids, period),
    queryFn: ({ signal }) => fetchJson<HostPriceQuote>(`/api/hosts/price?${new URLSearchParams({ region, ids, period: String(period) })}`, signal),
    enabled: enabled && ids !== "",
    staleTime: 60_000,
    retry: false,
  });
}

function useHostWrite<I, R extends ActionResult>(action: (input: I) => Promise<R>, accountId: string) {
  const queryClient = useQueryClient();
  return useActionMutation(action, () => queryClient.invalidateQueries({ queryKey: hostKeys.all(accountId) }));
}

export const useAllocateHostsMutation = (accountId: string) => useHostWrite(allocateHosts, accountId);
export const useModifyHostsMutation = (accountId: string) => useHostWrite(modifyHosts, accountId);
export const useRenewHostsMutation = (accountId: string) => useHostWrite(renewHosts, accountId);
export const useConfigureChcAssistMutation = (accountId: string) => useHostWrite(configureChcAssistVpc, accountId);
export const useConfigureChcDeployMutation = (accountId: string) => useHostWrite(configureChcDeployVpc, accountId);
export const useRemoveChcNetworkMutation = (accountId: string) => useHostWrite(removeChcNetwork, accountId);
export const useModifyChcMutation = (accountId: string) => useHostWrite(modifyChcAttribute, accountId);
