import "server-only";
import type { Kysely } from "kysely";
import { getDb } from "@/server/db/connection";
import type { Database } from "@/server/db/schema";

// Per-user preferences: one JSON value per (user, key). Readers validate what they get back (a stored value may
// come from an older version), so this store neither knows nor checks the shapes.

type Db = Kysely<Database>;

const MAX_VALUE_CHARS = 16_000;

/** The stored value, parsed; null when nothing (or nothing readable) is stored. */
export async function getPreference(userId: string, key: string, db?: Db): Promise<unknown> {
  const row = await (db ?? (await getDb()))
    .selectFrom("user_preferences")
    .select("value")
    .where("user_id", "=", userId)
    .where("key", "=", key)
    .executeTakeFirst();
  if (!row) return null;
  try {
    return JSON.parse(row.value) as unknown;
  } catch {
    return null;
  }
}

/** Inserts or replaces the value (one statement on both engines: ON CONFLICT … DO UPDATE). */
export async function setPreference(userId: string, key: string, value: unknown, db?: Db): Promise<void> {
  const json = JSON.stringify(value);
  if (json === undefined || json.length > MAX_VALUE_CHARS) throw new RangeError(`Preference ${key} is too large or not JSON`);
  const now = Date.now();
  await (db ?? (await getDb()))
    .insertInto("user_preferences")
    .values({ user_id: userId, key, value: json, updated_at: now })
    .onConflict((oc) => oc.columns(["user_id", "key"]).doUpdateSet({ value: json, updated_at: now }))
    .execute();
}
