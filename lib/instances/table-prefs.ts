import { z } from "zod";
import { COLUMN_IDS, DEFAULT_COLUMNS, normaliseColumns } from "./columns";
import { DENSITIES, type Density } from "./density";

// The instance table's per-user preferences (stored in user_preferences under INSTANCE_TABLE_PREF_KEY).
// One schema for the server action (the real check) and for reading back what was stored.

export const INSTANCE_TABLE_PREF_KEY = "instances.table";
export { DENSITIES, type Density };

export const InstanceTablePrefs = z.object({
  columns: z.array(z.enum(COLUMN_IDS)).min(1).max(COLUMN_IDS.length).transform((ids) => normaliseColumns(ids)),
  density: z.enum(DENSITIES),
});
export type InstanceTablePrefs = z.output<typeof InstanceTablePrefs>;

export const DEFAULT_TABLE_PREFS: InstanceTablePrefs = { columns: DEFAULT_COLUMNS, density: "compact" };

/** Input of the set-instance-columns action: either part may be sent alone. */
export const SetInstanceColumnsInput = z
  .object({ columns: InstanceTablePrefs.shape.columns.optional(), density: InstanceTablePrefs.shape.density.optional() })
  .refine((v) => v.columns !== undefined || v.density !== undefined, { error: "validation.nothingToChange" });
export type SetInstanceColumnsInput = z.input<typeof SetInstanceColumnsInput>;

/** Whatever is stored (maybe written by an older version) read leniently: unknown columns are dropped. */
export function readTablePrefs(stored: unknown): InstanceTablePrefs {
  const o = (stored ?? {}) as { columns?: unknown; density?: unknown };
  const columns = Array.isArray(o.columns) && o.columns.length ? normaliseColumns(o.columns) : DEFAULT_TABLE_PREFS.columns;
  const density = (DENSITIES as readonly unknown[]).includes(o.density) ? (o.density as Density) : DEFAULT_TABLE_PREFS.density;
  return { columns, density };
}
