import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from "@/test/postgres";
import { DEFAULT_TABLE_PREFS } from "@/lib/instances/table-prefs";
import { getInstanceTablePrefs, updateInstanceTablePrefs } from "./instance-table";
import { getPreference, setPreference } from "./store";

describe.each(TEST_ENGINES)("user preferences on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.db.deleteFrom("user_preferences").execute();
  });

  it("returns null for a preference never set, and the value once set", async () => {
    expect(await getPreference("u1", "k", t.db)).toBeNull();
    await setPreference("u1", "k", { a: [1, 2] }, t.db);
    expect(await getPreference("u1", "k", t.db)).toEqual({ a: [1, 2] });
  });

  it("replaces a value in place: one row per user and key", async () => {
    await setPreference("u1", "k", 1, t.db);
    await setPreference("u1", "k", 2, t.db);
    await setPreference("u2", "k", 3, t.db);
    expect(await getPreference("u1", "k", t.db)).toBe(2);
    expect(await getPreference("u2", "k", t.db)).toBe(3);
    const rows = await t.db.selectFrom("user_preferences").selectAll().execute();
    expect(rows).toHaveLength(2);
  });

  it("treats unreadable stored JSON as nothing stored", async () => {
    await t.db.insertInto("user_preferences").values({ user_id: "u1", key: "k", value: "{oops", updated_at: 1 }).execute();
    expect(await getPreference("u1", "k", t.db)).toBeNull();
  });

  it("refuses a value too large to be a preference", async () => {
    await expect(setPreference("u1", "k", "x".repeat(20_000), t.db)).rejects.toThrow(RangeError);
  });

  it("instance table prefs: defaults, then merged changes, with the required column kept", async () => {
    expect(await getInstanceTablePrefs("u1", t.db)).toEqual(DEFAULT_TABLE_PREFS);
    await updateInstanceTablePrefs("u1", { columns: ["tags", "state"] }, t.db);
    await updateInstanceTablePrefs("u1", { density: "comfortable" }, t.db);
    expect(await getInstanceTablePrefs("u1", t.db)).toEqual({ columns: ["instance", "state", "tags"], density: "comfortable" });
    expect(await getInstanceTablePrefs("u2", t.db)).toEqual(DEFAULT_TABLE_PREFS);
  });

  it("instance table prefs drop columns an older version stored but this one does not know", async () => {
    await setPreference("u1", "instances.table", { columns: ["state", "retired-column"], density: "huge" }, t.db);
    expect(await getInstanceTablePrefs("u1", t.db)).toEqual({ columns: ["instance", "state"], density: "compact" });
  });
});
