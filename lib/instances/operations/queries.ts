"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/queries/fetch-json";
import { instanceOperationKeys, type InstanceDisks, type OptionItem, type OptionKind, type TimerView, type TypeChoice } from "./keys";
import { sumQuotes, type PriceQuote } from "./price";
import type { PriceInquiry } from "./schemas";

// The dialogs' reads, through the GET routes under /api/instances/operations (never server actions: those run
// one at a time per client and would queue behind the writes).

const BASE = "/api/instances/operations";
const qs = (accountId: string, region: string, extra: Record<string, string>) =>
  new URLSearchParams({ account: accountId, region, ...extra }).toString();

/** A price is valid for a short while; the dialog re-asks when its inputs change (they are in the key). */
const PRICE_STALE_MS = 30_000;

/**
 * The total price effect of a change: one inquiry per chunk (≤ the action's limit) per region, summed. `null`
 * inquiries (an incomplete form) ask nothing.
 */
export function usePriceQuote(accountId: string, inquiries: Array<{ region: string; inquiry: PriceInquiry }> | null) {
  return useQueries({
    queries: (inquiries ?? []).map(({ region, inquiry }) => ({
      queryKey: instanceOperationKeys.price(accountId, region, inquiry),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchJson<PriceQuote>(`${BASE}/price?${qs(accountId, region, { q: JSON.stringify(inquiry) })}`, signal),
      staleTime: PRICE_STALE_MS,
    })),
    combine: (results) => ({
      quote: results.length > 0 && results.every((r) => r.data) ? sumQuotes(results.map((r) => r.data!)) : null,
      isFetching: results.some((r) => r.isFetching),
      error: results.find((r) => r.error)?.error ?? null,
    }),
  });
}

/** DescribeInstancesOperationLimit (INSTANCE_DEGRADE) for the type change's eligibility. */
export function useOperationLimits(accountId: string, region: string, ids: string[], enabled: boolean) {
  return useQuery({
    queryKey: instanceOperationKeys.limits(accountId, region, "INSTANCE_DEGRADE", ids),
    queryFn: ({ signal }) =>
      fetchJson<{ limits: Record<string, { CurrentCount: number; LimitCount: number }> }>(
        `${BASE}/limits?${qs(accountId, region, { operation: "INSTANCE_DEGRADE", ids: ids.join(",") })}`,
        signal,
      ).then((r) => r.limits),
    enabled: enabled && ids.length > 0,
  });
}

export function useTypeChoices(accountId: string, region: string, instanceId: string) {
  return useQuery({
    queryKey: instanceOperationKeys.modification(accountId, region, instanceId),
    queryFn: ({ signal }) => fetchJson<{ choices: TypeChoice[] }>(`${BASE}/modification?${qs(accountId, region, { id: instanceId })}`, signal).then((r) => r.choices),
  });
}

export function useInstanceDisks(accountId: string, region: string, instanceId: string) {
  return useQuery({
    queryKey: instanceOperationKeys.disks(accountId, region, instanceId),
    queryFn: ({ signal }) => fetchJson<{ disks: InstanceDisks | null }>(`${BASE}/disks?${qs(accountId, region, { id: instanceId })}`, signal).then((r) => r.disks),
  });
}

export function useActionTimers(accountId: string, region: string, ids: string[]) {
  return useQuery({
    queryKey: instanceOperationKeys.timers(accountId, region, ids),
    queryFn: ({ signal }) => fetchJson<{ timers: TimerView[] }>(`${BASE}/timers?${qs(accountId, region, { ids: ids.join(",") })}`, signal).then((r) => r.timers),
    enabled: ids.length > 0 && ids.length <= 100,
  });
}

/** Picker choices; a failure (e.g. an API the backend lacks) leaves the picker as a plain id field. */
export function useOptions(accountId: string, region: string, kind: OptionKind) {
  return useQuery({
    queryKey: instanceOperationKeys.options(accountId, region, kind),
    queryFn: ({ signal }) => fetchJson<{ items: OptionItem[] }>(`${BASE}/options?${qs(accountId, region, { kind })}`, signal).then((r) => r.items),
    staleTime: 60_000,
  });
}
