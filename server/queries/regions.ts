import "server-only";
import { getCvmClient } from "@/server/cvm/for-account";
import type { Locale } from "@/lib/i18n/config";
import type { RegionView, ZoneView } from "@/lib/queries/region-keys";
import { createTtlCache } from "./ttl-cache";

// Regions and zones barely change; a minute of caching keeps every page render from costing two
// upstream calls. Keyed by account + region + language because names come back translated.
const CACHE_TTL_MS = 60_000;
const regionCache = createTtlCache<RegionView[]>({ ttlMs: CACHE_TTL_MS });
const zoneCache = createTtlCache<ZoneView[]>({ ttlMs: CACHE_TTL_MS });

export async function describeRegions(accountId: string | undefined, language: Locale): Promise<RegionView[]> {
  return regionCache.get(`${accountId ?? ""}|${language}`, async () => {
    const client = await getCvmClient(accountId);
    const response = await client.call("DescribeRegions", {}, { language });
    return (response.RegionSet ?? []).map((r) => ({
      Region: r.Region ?? "",
      RegionName: r.RegionName ?? r.Region ?? "",
      RegionState: r.RegionState ?? "",
    }));
  });
}

export async function describeZones(accountId: string | undefined, region: string, language: Locale): Promise<ZoneView[]> {
  return zoneCache.get(`${accountId ?? ""}|${region}|${language}`, async () => {
    const client = await getCvmClient(accountId);
    const response = await client.call("DescribeZones", {}, { region, language });
    return (response.ZoneSet ?? []).map((z) => ({
      Zone: z.Zone ?? "",
      ZoneName: z.ZoneName ?? z.Zone ?? "",
      ZoneId: z.ZoneId ?? "",
      ZoneState: z.ZoneState ?? "",
    }));
  });
}

/** For tests, and for an admin action that changed an account's credentials. */
export function clearRegionCaches(): void {
  regionCache.clear();
  zoneCache.clear();
}
