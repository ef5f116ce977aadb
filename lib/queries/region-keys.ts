// Query keys for regions and zones. Account and region are always in the key, and the language too,
// because Tencent returns RegionName/ZoneName in the requested language.
// Kept apart from the hooks so server components can build the same keys when hydrating.
export const regionKeys = {
  all: (accountId: string) => ["cvm", accountId, "regions"] as const,
  list: (accountId: string, language: string) => [...regionKeys.all(accountId), "list", language] as const,
  /** Without `language` this is a prefix that matches the zones of the region in every language. */
  zones: (accountId: string, region: string, language?: string) =>
    language
      ? ([...regionKeys.all(accountId), "zones", region, language] as const)
      : ([...regionKeys.all(accountId), "zones", region] as const),
};

// Wire names kept as Tencent spells them (STYLE: wire types keep PascalCase).
export type RegionView = { Region: string; RegionName: string; RegionState: string };
export type ZoneView = { Zone: string; ZoneName: string; ZoneId: string; ZoneState: string };
