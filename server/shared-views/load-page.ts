import "server-only";
import { listInstances, listInstancesAllRegions } from "@/server/queries/instances";
import { createTtlCache } from "@/server/queries/ttl-cache";
import type { Locale } from "@/lib/i18n/config";
import type { InstanceList } from "@/lib/instances/list-result";
import { parseSearch } from "@/lib/instances/search-syntax";
import { SHARED_VIEW_PAGE_SIZE, type SharedViewSummary } from "@/lib/shared-views/schema";

// A shared view can be open on a wall display and in a dozen browsers at once. Its pages are fetched at most once
// per FRESH_MS per (view, page, language) however many people look, and concurrent visitors share one fetch:
// the cloud account's rate limits and bill do not grow with the audience.

export const FRESH_MS = 15_000;

const store = globalThis as typeof globalThis & { __sharedViewPages?: ReturnType<typeof createTtlCache<InstanceList>> };
const pages = (store.__sharedViewPages ??= createTtlCache<InstanceList>({ ttlMs: FRESH_MS }));

export function loadSharedViewPage(view: SharedViewSummary, page: number, locale: Locale): Promise<InstanceList> {
  return pages.get(`${view.id}|${page}|${locale}`, () => {
    const query = { filters: parseSearch(view.q).filters, page, size: SHARED_VIEW_PAGE_SIZE };
    return view.scope === "all" ? listInstancesAllRegions(view.accountId, locale, query) : listInstances(view.accountId, view.region, query);
  });
}
