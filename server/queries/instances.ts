import "server-only";
import { getCvmClient } from "@/server/cvm/for-account";
import { getDb } from "@/server/db/connection";
import { toIso } from "@/server/db/values";
import { toUserError } from "@/server/errors/to-user-error";
import type { Locale } from "@/lib/i18n/config";
import { DESCRIBE_LIMIT, mapLimited, planSlices, regionOfZone } from "@/lib/instances/fan-out";
import { toInstanceRow, toInstanceView, type InstanceRow, type InstanceView } from "@/lib/instances/instance-view";
import type { InstanceHistoryEntry, InstanceList, RegionOutcome } from "@/lib/instances/list-result";
import type { PageSize } from "@/lib/instances/list-params";
import type { Filter } from "@/lib/instances/search-syntax";
import { describeRegions } from "./regions";

// Reads for the instance list, detail page and CSV export. Callers (pages, GET routes) have already checked the
// role (getConsoleContext → requireRole("viewer")) and parsed the search into Filters.

/**
 * Regions asked at once in All regions mode. Each region has its own DescribeInstances budget (40/s, seed 9866;
 * our client limits per action and region), so this bounds sockets and memory rather than the API rate.
 */
export const FAN_OUT_CONCURRENCY = 5;

type PageQuery = { filters: Filter[]; page: number; size: PageSize };

async function describePage(accountId: string, region: string, filters: Filter[], offset: number, limit: number, signal?: AbortSignal) {
  const client = await getCvmClient(accountId);
  // seed 10104: Filters and InstanceIds are exclusive; the search box only ever produces Filters.
  const response = await client.call(
    "DescribeInstances",
    { Filters: filters.length ? filters : undefined, Offset: offset, Limit: Math.min(limit, DESCRIBE_LIMIT) },
    { region, signal },
  );
  return { total: response.TotalCount ?? 0, rows: (response.InstanceSet ?? []).map((i) => toInstanceRow(i, region)) };
}

/** One page of one region, in the order the API returns (it has no sort parameter). */
export async function listInstances(accountId: string, region: string, { filters, page, size }: PageQuery): Promise<InstanceList> {
  const offset = (page - 1) * size;
  const { total, rows } = await describePage(accountId, region, filters, offset, size);
  return { scope: "region", TotalCount: total, InstanceSet: rows, offset, asOf: new Date().toISOString() };
}

/** The regions an All regions listing asks: every available one, or only those of the zones searched for. */
export async function fleetRegions(accountId: string, locale: Locale, filters: Filter[]): Promise<Array<{ Region: string; RegionName: string }>> {
  const regions = (await describeRegions(accountId, locale)).filter((r) => r.RegionState === "AVAILABLE");
  const zones = filters.find((f) => f.Name === "zone")?.Values;
  if (!zones?.length) return regions;
  const wanted = new Set(zones.map(regionOfZone));
  return regions.filter((r) => wanted.has(r.Region));
}

/**
 * One page of the whole fleet: regions laid end to end in DescribeRegions order. First every region's count
 * (and, on page 1, its first rows), then the slices that make up the page. A region that fails is reported in
 * `regions` with its error and contributes no rows; the others still fill the table.
 */
export async function listInstancesAllRegions(accountId: string, locale: Locale, { filters, page, size }: PageQuery): Promise<InstanceList> {
  const offset = (page - 1) * size;
  const regions = await fleetRegions(accountId, locale, filters);
  const firstLimit = page === 1 ? size : 1;
  const first = await mapLimited(regions, FAN_OUT_CONCURRENCY, (r) =>
    describePage(accountId, r.Region, filters, 0, firstLimit).then(
      (value) => ({ ok: true as const, ...value }),
      (err: unknown) => ({ ok: false as const, error: toUserError(err) }),
    ),
  );
  const outcomes: RegionOutcome[] = regions.map((r, i) => {
    const result = first[i];
    return result.ok
      ? { Region: r.Region, RegionName: r.RegionName, TotalCount: result.total }
      : { Region: r.Region, RegionName: r.RegionName, TotalCount: null, error: result.error };
  });
  const totals = outcomes.filter((o) => o.TotalCount !== null).map((o) => ({ region: o.Region, total: o.TotalCount! }));
  const slices = planSlices(totals, offset, size);
  const parts = await mapLimited(slices, FAN_OUT_CONCURRENCY, async (slice) => {
    const index = regions.findIndex((r) => r.Region === slice.region);
    const cached = first[index];
    if (cached.ok && slice.offset + slice.limit <= cached.rows.length) return cached.rows.slice(slice.offset, slice.offset + slice.limit);
    try {
      return (await describePage(accountId, slice.region, filters, slice.offset, slice.limit)).rows;
    } catch (err) {
      outcomes[index] = { ...outcomes[index], error: toUserError(err) };
      return [];
    }
  });
  return {
    scope: "all",
    TotalCount: totals.reduce((sum, t) => sum + t.total, 0),
    InstanceSet: parts.flat(),
    offset,
    regions: outcomes,
    asOf: new Date().toISOString(),
  };
}

/**
 * Every instance matching `filters` in `regions`, 100 at a time, for the CSV export. Offset paging can show a
 * row twice when instances are created while it runs; rows are de-duplicated by InstanceId.
 */
export async function* iterateInstances(
  accountId: string,
  regions: readonly string[],
  filters: Filter[],
  signal?: AbortSignal,
): AsyncGenerator<InstanceRow[]> {
  const seen = new Set<string>();
  for (const region of regions) {
    for (let offset = 0; ; offset += DESCRIBE_LIMIT) {
      const { total, rows } = await describePage(accountId, region, filters, offset, DESCRIBE_LIMIT, signal);
      const fresh = rows.filter((r) => !seen.has(r.InstanceId));
      for (const r of fresh) seen.add(r.InstanceId);
      if (fresh.length) yield fresh;
      if (rows.length < DESCRIBE_LIMIT || offset + DESCRIBE_LIMIT >= total) break;
    }
  }
}

/** One instance by id in one region, or null when the region has no such instance. */
export async function describeInstance(accountId: string, region: string, instanceId: string): Promise<InstanceView | null> {
  const client = await getCvmClient(accountId);
  const response = await client.call("DescribeInstances", { InstanceIds: [instanceId] }, { region });
  const found = (response.InstanceSet ?? []).find((i) => i.InstanceId === instanceId);
  return found ? toInstanceView(found, region) : null;
}

/** The web VNC address of an instance (seed 11743: valid for 15 seconds, usable once). */
export async function describeInstanceVncUrl(accountId: string, region: string, instanceId: string): Promise<string> {
  const client = await getCvmClient(accountId);
  const response = await client.call("DescribeInstanceVncUrl", { InstanceId: instanceId }, { region });
  return response.InstanceVncUrl ?? "";
}

export const HISTORY_LIMIT = 50;

/**
 * What this console did to an instance, newest first: audit entries whose target is the instance, or a list of
 * targets that includes it (batch operations). Instance ids are [a-z0-9-] only, so LIKE needs no escaping.
 */
export async function listInstanceHistory(instanceId: string, limit = HISTORY_LIMIT): Promise<InstanceHistoryEntry[]> {
  if (!/^ins-[a-z0-9]+$/.test(instanceId)) return [];
  const db = await getDb();
  const rows = await db
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.user_id")
    .select(["a.id", "a.at", "u.email", "a.action", "a.target", "a.detail", "a.result"])
    .where((eb) => eb.or([eb("a.target", "=", instanceId), eb("a.target", "like", `%${instanceId}%`)]))
    .orderBy("a.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const detail = parseDetail(r.detail);
    return {
      id: r.id,
      at: toIso(r.at)!,
      userEmail: r.email,
      action: r.action,
      result: r.result,
      errorCode: typeof detail.errorCode === "string" ? detail.errorCode : null,
      requestId: typeof detail.requestId === "string" ? detail.requestId : null,
    };
  });
}

function parseDetail(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
