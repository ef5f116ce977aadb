"use client";

import { useEffect, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { ApiRouteError, fetchJson } from "@/lib/queries/fetch-json";
import type { PurchaseConfig } from "./config";
import type { ImageSource } from "./constants";
import { purchaseKeys } from "./keys";
import { buildPriceView, type PriceAnswer, type PriceView } from "./price";
import type { QuotaByZone } from "./quota";
import { canonicalJson, toInquiryRequest } from "./request";
import type { ImagesAnswer, OffersAnswer, OptionKind, OptionsAnswer } from "./types";

// The wizard's reads, through the GET routes under /api/purchase (never server actions: those run one at a time
// per client and would queue behind the purchase itself).

const BASE = "/api/purchase";
const qs = (accountId: string, region: string, extra: Record<string, string> = {}) => new URLSearchParams({ account: accountId, region, ...extra }).toString();

/** A cloud "no" (4xx/502) will say the same again; only our own 500s and network failures get one more try. */
const retryOnce = (failures: number, error: unknown) => failures < 1 && !(error instanceof ApiRouteError && error.status !== 500);

export function useTypeOffers(accountId: string, region: string, zone: string, chargeType: string, language: string) {
  return useQuery({
    queryKey: purchaseKeys.offers(accountId, region, zone, chargeType, language),
    queryFn: ({ signal }) => fetchJson<OffersAnswer>(`${BASE}/offers?${qs(accountId, region, { zone, charge: chargeType })}`, signal),
    enabled: zone !== "",
    staleTime: 60_000,
    retry: retryOnce,
  });
}

export function usePurchaseImages(accountId: string, region: string, source: ImageSource, instanceType: string) {
  return useQuery({
    queryKey: purchaseKeys.images(accountId, region, source, instanceType),
    queryFn: ({ signal }) => fetchJson<ImagesAnswer>(`${BASE}/images?${qs(accountId, region, { source, instanceType })}`, signal),
    enabled: source !== "MARKET",
    staleTime: 5 * 60_000,
    retry: retryOnce,
  });
}

export function useZoneQuotas(accountId: string, region: string) {
  return useQuery({
    queryKey: purchaseKeys.quota(accountId, region),
    queryFn: ({ signal }) => fetchJson<{ zones: QuotaByZone }>(`${BASE}/quota?${qs(accountId, region)}`, signal).then((r) => r.zones),
    staleTime: 30_000,
    retry: retryOnce,
  });
}

export function usePurchaseOptions(accountId: string, region: string, kind: OptionKind, enabled = true) {
  return useQuery({
    queryKey: purchaseKeys.options(accountId, region, kind),
    queryFn: ({ signal }) => fetchJson<OptionsAnswer>(`${BASE}/options?${qs(accountId, region, { kind })}`, signal),
    enabled,
    staleTime: 60_000,
    retry: retryOnce,
  });
}

export function useDebouncedValue<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** How long the form must rest before a configuration not priced yet is asked about. */
export const PRICE_DEBOUNCE_MS = 350;

export type PriceState =
  | { state: "incomplete" }
  | { state: "recalculating" }
  | { state: "error"; error: unknown }
  | { state: "ready"; view: PriceView };

/** The inquiry request of a configuration and, when it has data disks, the same without them (for the disks line). */
export function priceRequests(config: PurchaseConfig): { full: string; base: string | null } {
  const full = toInquiryRequest(config);
  if (!full.DataDisks) return { full: canonicalJson(full), base: null };
  const withoutDisks = { ...full };
  delete withoutDisks.DataDisks;
  return { full: canonicalJson(full), base: canonicalJson(withoutDisks) };
}

/**
 * The live price of `config` (issue 6): debounced, cached per configuration (a configuration priced before shows its
 * price at once), and never stale — while the current configuration has no answer yet the state is "recalculating",
 * never the previous configuration's amount.
 */
export function usePurchasePrice(accountId: string, config: PurchaseConfig, complete: boolean): PriceState {
  const { full, base } = priceRequests(config);
  const key = `${full}\n${base ?? ""}`;
  const settled = useDebouncedValue(key, PRICE_DEBOUNCE_MS) === key;
  const ask = (request: string) => ({
    queryKey: purchaseKeys.price(accountId, config.region, request),
    queryFn: ({ signal }: { signal: AbortSignal }) => fetchJson<PriceAnswer>(`${BASE}/price?${qs(accountId, config.region, { q: request })}`, signal),
    staleTime: 60_000,
    retry: retryOnce,
  });
  const fullQuery = useQuery({ ...ask(full), enabled: complete && settled });
  const baseQuery = useQuery({ ...ask(base ?? ""), enabled: complete && settled && base !== null });
  if (!complete) return { state: "incomplete" };
  if (fullQuery.error) return { state: "error", error: fullQuery.error };
  if (!fullQuery.data) return { state: "recalculating" };
  if (base !== null && !baseQuery.data && !baseQuery.error) return { state: "recalculating" };
  const period = config.chargeType === "PREPAID" ? config.period : undefined;
  return { state: "ready", view: buildPriceView(fullQuery.data, base !== null ? baseQuery.data : undefined, config.count, period) };
}
