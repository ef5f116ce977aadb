"use client";

import { experimental_streamedQuery as streamedQuery, hashKey, useQuery } from "@tanstack/react-query";
import type { ActionError } from "@/lib/action-result";
import { ApiRouteError, fetchJson } from "@/lib/queries/fetch-json";
import { pricingKeys } from "./keys";
import { applyEvents, EMPTY_MATRIX, type MatrixState } from "./matrix";
import { readNdjson } from "./ndjson";
import { specSearch, type PricingSpec } from "./spec";
import type { MatrixEvent, PricingShape } from "./types";

export { pricingKeys };

/** GET /api/pricing/matrix for a spec: the spec's parameters, plus the region and account the key names. */
export function matrixUrl(accountId: string, region: string, spec: PricingSpec): string {
  const search = specSearch(spec, true);
  search.set("region", region);
  search.set("account", accountId);
  return `/api/pricing/matrix?${search.toString()}`;
}

/** Matrices whose next fetch must skip the server's cache (set by Refresh, consumed by that fetch). */
const freshKeys = new Set<string>();

async function* streamMatrix(url: string, signal: AbortSignal): AsyncGenerator<MatrixEvent[]> {
  const response = await fetch(url, { signal, headers: { accept: "application/x-ndjson" }, cache: "no-store" });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: ActionError } | null;
    throw new ApiRouteError(response.status, body?.error ?? { code: "InternalError", message: `HTTP ${response.status}` });
  }
  yield* readNdjson<MatrixEvent>(response.body);
}

/**
 * The matrix of a spec, streamed: rows arrive per region, then exact prices cell by cell, each batch folded into
 * one MatrixState (progress is in the data). Fresh for two minutes (the server caches as long); no refetch on
 * focus, because a refetch restarts the fan-out — the page has a Refresh button for that.
 */
export function usePricingMatrixQuery(accountId: string, region: string, language: string, spec: PricingSpec) {
  const url = matrixUrl(accountId, region, spec);
  const queryKey = pricingKeys.matrix(accountId, region, language, specSearch(spec, true).toString());
  const query = useQuery<MatrixState>({
    queryKey,
    queryFn: streamedQuery<MatrixEvent[], MatrixState>({
      streamFn: ({ signal, queryKey: key }) => streamMatrix(freshKeys.delete(hashKey(key)) ? `${url}&fresh=1` : url, signal),
      reducer: applyEvents,
      initialValue: EMPTY_MATRIX,
    }),
    staleTime: 2 * 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
  /** Asks the cloud again, past the server's two-minute cache. */
  const refresh = () => {
    freshKeys.add(hashKey(queryKey));
    return query.refetch();
  };
  return { ...query, refresh };
}

/** The shapes a region sells (hydrated by the page for the header's region). */
export function usePricingShapesQuery(accountId: string, region: string, language: string) {
  return useQuery({
    queryKey: pricingKeys.shapes(accountId, region, language),
    queryFn: ({ signal }) =>
      fetchJson<{ ShapeSet: PricingShape[] }>(`/api/pricing/shapes?region=${encodeURIComponent(region)}&account=${encodeURIComponent(accountId)}`, signal).then(
        (r) => r.ShapeSet,
      ),
    staleTime: 5 * 60_000,
  });
}
