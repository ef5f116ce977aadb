import "server-only";
import type { Instance } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { CallOptions, CvmClient } from "@/server/cvm/client";
import { getCvmClient } from "@/server/cvm/for-account";
import { getDb } from "@/server/db/connection";
import { toIso } from "@/server/db/values";
import { toUserError } from "@/server/errors/to-user-error";
import type { Locale } from "@/lib/i18n/config";
import { mapLimited } from "@/lib/instances/fan-out";
import { INSTANCE_STATES } from "@/lib/instances/states";
import { daysUntil } from "@/lib/overview/calendar";
import type { BusyImage, ExpiringItem, LatestOperation, OverviewData, OverviewPart, RegionSummary } from "@/lib/overview/types";
import { quotaHotSpots, toQuotaOverview } from "@/lib/quotas/overview";
import type { QuotaHotSpot } from "@/lib/quotas/types";
import { describeRegions } from "./regions";
import { PAGE_LIMIT } from "./resource-scope";

// The overview dashboard: every available region of the account, fanned out a few regions at a time. Each region
// costs four calls (instances, hosts, quotas, images), more only when a region holds over 500 instances; each
// action's per-region rate limit is enforced by our client (server/cvm/rate-limits.ts). A region or a part of it
// that fails is reported with its error; the rest still fills the dashboard.

/** Regions asked at once. */
export const OVERVIEW_CONCURRENCY = 4;
/** Up to this many instances a region is read whole (≤ 5 calls); beyond, states are counted by filter. */
const READ_WHOLE_LIMIT = 500;
/** The renewal calendar's horizon. */
export const EXPIRY_HORIZON_DAYS = 30;
const CACHE_MS = 30_000;
const BUSY_IMAGE_STATES = ["CREATING", "SYNCING", "IMPORTING"];

type Scope = { client: CvmClient; opts: CallOptions; region: string; now: number };

const isExpiring = (chargeType: string | undefined, expired: string | undefined, now: number) =>
  chargeType === "PREPAID" && !!expired && daysUntil(expired, now) < EXPIRY_HORIZON_DAYS;

function expiringInstance(i: Instance, region: string): ExpiringItem {
  return {
    kind: "instance",
    id: i.InstanceId ?? "",
    name: i.InstanceName ?? "",
    Region: region,
    Zone: i.Placement?.Zone ?? "",
    ExpiredTime: i.ExpiredTime ?? "",
    RenewFlag: i.RenewFlag ?? "",
    State: i.InstanceState ?? "",
  };
}

async function describeInstancePage(s: Scope, Offset: number, Filters?: Array<{ Name: string; Values: string[] }>) {
  const res = await s.client.call("DescribeInstances", { Offset, Limit: PAGE_LIMIT, Filters }, s.opts);
  return { total: res.TotalCount ?? 0, rows: res.InstanceSet ?? [] };
}

/** Counts by state and the prepaid instances about to expire. */
async function instancesPart(s: Scope): Promise<{ total: number; byState: Record<string, number>; expiring: ExpiringItem[] }> {
  const first = await describeInstancePage(s, 0);
  const byState: Record<string, number> = {};
  let rows = first.rows;
  if (first.total <= READ_WHOLE_LIMIT) {
    for (let offset = PAGE_LIMIT; offset < first.total; offset += PAGE_LIMIT) rows = rows.concat((await describeInstancePage(s, offset)).rows);
    for (const i of rows) byState[i.InstanceState ?? "UNKNOWN"] = (byState[i.InstanceState ?? "UNKNOWN"] ?? 0) + 1;
  } else {
    // A large region: one Limit-1 call per state gives its count (seed 9866: DescribeInstances 40/s per region).
    const counts = await Promise.all(
      INSTANCE_STATES.map((state) =>
        s.client.call("DescribeInstances", { Filters: [{ Name: "instance-state", Values: [state] }], Limit: 1 }, s.opts).then((r) => r.TotalCount ?? 0),
      ),
    );
    INSTANCE_STATES.forEach((state, k) => counts[k] > 0 && (byState[state] = counts[k]));
    const prepaid = [{ Name: "instance-charge-type", Values: ["PREPAID"] }];
    rows = [];
    for (let offset = 0; offset < 2000; offset += PAGE_LIMIT) {
      const page = await describeInstancePage(s, offset, prepaid);
      rows = rows.concat(page.rows);
      if (page.rows.length < PAGE_LIMIT) break;
    }
  }
  const expiring = rows.filter((i) => isExpiring(i.InstanceChargeType, i.ExpiredTime, s.now)).map((i) => expiringInstance(i, s.region));
  return { total: first.total, byState, expiring };
}

async function hostsPart(s: Scope): Promise<ExpiringItem[]> {
  const res = await s.client.call("DescribeHosts", { Limit: PAGE_LIMIT }, s.opts);
  return (res.HostSet ?? [])
    .filter((h) => isExpiring(h.HostChargeType, h.ExpiredTime, s.now))
    .map((h) => ({
      kind: "host" as const,
      id: h.HostId ?? "",
      name: h.HostName ?? "",
      Region: s.region,
      Zone: h.Placement?.Zone ?? "",
      ExpiredTime: h.ExpiredTime ?? "",
      RenewFlag: h.RenewFlag ?? "",
      State: h.HostState ?? "",
    }));
}

async function quotasPart(s: Scope): Promise<QuotaHotSpot[]> {
  const res = await s.client.call("DescribeAccountQuota", {}, s.opts);
  return quotaHotSpots(toQuotaOverview(s.region, res.AccountQuotaOverview?.AccountQuota ?? {}));
}

/** Custom images still being created, copied in by SyncImages, or imported. */
async function imagesPart(s: Scope): Promise<BusyImage[]> {
  const res = await s.client.call("DescribeImages", { Filters: [{ Name: "image-type", Values: ["PRIVATE_IMAGE"] }], Limit: PAGE_LIMIT }, s.opts);
  return (res.ImageSet ?? [])
    .filter((i) => BUSY_IMAGE_STATES.includes(i.ImageState ?? ""))
    .map((i) => ({ Region: s.region, ImageId: i.ImageId ?? "", ImageName: i.ImageName ?? "", ImageState: i.ImageState ?? "", SyncPercent: i.SyncPercent ?? null }));
}

async function summarizeRegion(client: CvmClient, region: { Region: string; RegionName: string }, language: Locale, now: number) {
  const s: Scope = { client, opts: { region: region.Region, language }, region: region.Region, now };
  const errors: RegionSummary["errors"] = [];
  const guard = <T>(part: OverviewPart, p: Promise<T>, fallback: T) =>
    p.catch((err: unknown) => {
      errors.push({ part, error: toUserError(err) });
      return fallback;
    });
  const [instances, hosts, hot, images] = await Promise.all([
    guard("instances", instancesPart(s), null),
    guard("hosts", hostsPart(s), []),
    guard("quotas", quotasPart(s), []),
    guard("images", imagesPart(s), []),
  ]);
  const summary: RegionSummary = { Region: region.Region, RegionName: region.RegionName, total: instances?.total ?? null, byState: instances?.byState ?? {}, errors };
  return { summary, expiring: [...(instances?.expiring ?? []), ...hosts], hot, images };
}

/** Actions that are not cloud operations (sign-ins, users, accounts, preferences) stay on the admin's audit page. */
const NOT_OPERATIONS = ["auth.%", "user.%", "account.%", "preferences.%"];

export async function latestOperations(limit = 10): Promise<LatestOperation[]> {
  const db = await getDb();
  const rows = await db
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.user_id")
    .select(["a.id", "a.at", "u.email", "a.action", "a.target", "a.detail", "a.result"])
    .where((eb) => eb.and(NOT_OPERATIONS.map((p) => eb("a.action", "not like", p))))
    .orderBy("a.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => {
    let detail: Record<string, unknown> = {};
    try {
      detail = r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : {};
    } catch {
      /* an unreadable detail shows as none */
    }
    return {
      id: r.id,
      at: toIso(r.at)!,
      userEmail: r.email,
      action: r.action,
      target: r.target,
      region: typeof detail.region === "string" ? detail.region : null,
      result: r.result,
      errorCode: typeof detail.errorCode === "string" ? detail.errorCode : null,
    };
  });
}

async function loadOverview(accountId: string, language: Locale): Promise<OverviewData> {
  const now = Date.now();
  const regions = (await describeRegions(accountId, language)).filter((r) => r.RegionState === "AVAILABLE");
  const client = await getCvmClient(accountId);
  const [parts, operations] = await Promise.all([
    mapLimited(regions, OVERVIEW_CONCURRENCY, (r) => summarizeRegion(client, r, language, now)),
    latestOperations(),
  ]);
  return {
    asOf: new Date(now).toISOString(),
    regions: parts.map((p) => p.summary),
    expiring: parts.flatMap((p) => p.expiring).sort((a, b) => a.ExpiredTime.localeCompare(b.ExpiredTime)),
    hotSpots: parts.flatMap((p) => p.hot).sort((a, b) => b.usage.share - a.usage.share),
    busyImages: parts.flatMap((p) => p.images),
    operations,
  };
}

// Opening the dashboard twice in half a minute (or from several tabs) costs one fan-out.
const globalKey = Symbol.for("cvm-console.overviewCache");
const cache: Map<string, { expires: number; value: Promise<OverviewData> }> = ((globalThis as Record<symbol, unknown>)[globalKey] ??= new Map()) as Map<
  string,
  { expires: number; value: Promise<OverviewData> }
>;

/** The dashboard's data; `fresh` skips the 30-second cache (the Refresh button). */
export function describeOverview(accountId: string, language: Locale, { fresh = false } = {}): Promise<OverviewData> {
  const key = `${accountId}|${language}`;
  const hit = cache.get(key);
  if (!fresh && hit && hit.expires > Date.now()) return hit.value;
  const value = loadOverview(accountId, language);
  const entry = { expires: Date.now() + CACHE_MS, value };
  cache.set(key, entry);
  value.catch(() => cache.get(key) === entry && cache.delete(key));
  return value;
}
