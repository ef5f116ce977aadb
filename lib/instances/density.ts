// Row density of the instance table; kept apart from table-prefs.ts (zod) so client code imports no schema library.
export const DENSITIES = ["compact", "comfortable"] as const;
export type Density = (typeof DENSITIES)[number];
