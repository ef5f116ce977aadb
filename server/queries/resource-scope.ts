import "server-only";
import { getCvmClient } from "@/server/cvm/for-account";
import type { CallOptions, CvmClient } from "@/server/cvm/client";
import type { Locale } from "@/lib/i18n/config";

// Shared by the resource reads (key pairs, placement groups, launch templates, HPC clusters, maintenance, quotas).
// Callers (pages, GET routes, actions) have already checked the role.

/** Which account and region a read or write is for, and the language Tencent should answer in. */
export type Where = { accountId: string; region: string; language: Locale };

export async function cvmFor(w: Where): Promise<{ client: CvmClient; opts: CallOptions }> {
  return { client: await getCvmClient(w.accountId), opts: { region: w.region, language: w.language } };
}

/** seed: every Describe* pages with Limit ≤ 100. */
export const PAGE_LIMIT = 100;

/**
 * Every item of a paged Describe*, 100 at a time, up to `max` (a region's key pairs or placement groups are few; the
 * cap keeps a surprise from costing hundreds of calls). `truncated` says the list stopped early.
 */
export async function pageAll<T>(
  fetchPage: (offset: number, limit: number) => Promise<{ total: number; items: T[] }>,
  max = 1000,
): Promise<{ total: number; items: T[]; truncated: boolean }> {
  const items: T[] = [];
  let total = 0;
  for (let offset = 0; offset < max; offset += PAGE_LIMIT) {
    const page = await fetchPage(offset, PAGE_LIMIT);
    total = page.total;
    items.push(...page.items);
    if (page.items.length < PAGE_LIMIT || items.length >= total) break;
  }
  return { total, items, truncated: items.length < total };
}
