import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/server/db/schema";
import { INSTANCE_TABLE_PREF_KEY, readTablePrefs, type InstanceTablePrefs } from "@/lib/instances/table-prefs";
import { getPreference, setPreference } from "./store";

/** The user's instance table columns and density; defaults when nothing usable is stored. */
export async function getInstanceTablePrefs(userId: string, db?: Kysely<Database>): Promise<InstanceTablePrefs> {
  return readTablePrefs(await getPreference(userId, INSTANCE_TABLE_PREF_KEY, db));
}

/** Merges a change into the stored preferences and returns the result. */
export async function updateInstanceTablePrefs(
  userId: string,
  change: Partial<InstanceTablePrefs>,
  db?: Kysely<Database>,
): Promise<InstanceTablePrefs> {
  const current = await getInstanceTablePrefs(userId, db);
  const next = readTablePrefs({ ...current, ...change });
  await setPreference(userId, INSTANCE_TABLE_PREF_KEY, next, db);
  return next;
}
