"use client";

import { useRegionsQuery } from "@/lib/queries/regions";

/** A region's name in the UI language (from the header's hydrated region list), its id as a fallback. */
export function useRegionName(accountId: string, language: string, region: string): string {
  const regions = useRegionsQuery(accountId, language);
  return regions.data?.find((r) => r.Region === region)?.RegionName ?? region;
}
