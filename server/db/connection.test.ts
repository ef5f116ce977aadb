import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from "@/test/postgres";
import { closeDb, getDb, openDatabase } from "./connection";
import { migrateToLatest } from "./migrate";
import { migrations } from "./migrations";

describe.each(TEST_ENGINES)("database on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t.close());

  it("opens the requested engine with every table migrated", async () => {
    expect(t.engine).toBe(engine);
    const tables = (await t.db.introspection.getTables()).map((x) => x.name);
    expect(tables).toEqual(expect.arrayContaining(["users", "cloud_accounts", "audit_log"]));
  });

  it("migrating again is a no-op", async () => {
    await migrateToLatest(t.db);
    const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(t.db);
    // Every registered migration ran once, in order (0001-initial, 0002-…, 0003-…).
    expect(rows.rows.map((r) => r.name).sort()).toEqual(Object.keys(migrations));
  });

  it("reads bigint epoch-ms back as a number and enforces unique lower-case email", async () => {
    const at = Date.UTC(2030, 0, 1, 12, 0, 0, 123);
    const row = { id: "u1", email: "a@example.com", name: "A", password_hash: "x", role: "viewer", disabled: 0, created_at: at, updated_at: at, last_login_at: null };
    await t.db.insertInto("users").values(row).execute();
    const back = await t.db.selectFrom("users").selectAll().where("id", "=", "u1").executeTakeFirstOrThrow();
    expect(back.created_at).toBe(at);
    expect(typeof back.created_at).toBe("number");
    await expect(t.db.insertInto("users").values({ ...row, id: "u2" }).execute()).rejects.toThrow();
  });

  it("refuses a second default cloud account", async () => {
    const base = { endpoint: "https://x", secret_id: "s", secret_key_enc: "e", default_region: "ap-guangzhou", created_at: 1, updated_at: 1 };
    await t.db.insertInto("cloud_accounts").values({ ...base, id: "a1", name: "one", is_default: 1 }).execute();
    await t.db.insertInto("cloud_accounts").values({ ...base, id: "a2", name: "two", is_default: 0 }).execute();
    await expect(t.db.insertInto("cloud_accounts").values({ ...base, id: "a3", name: "three", is_default: 1 }).execute()).rejects.toThrow();
  });
});

describe("getDb", () => {
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cvm-console-getdb-"));
    process.env.DATA_DIR = path.join(dir, "nested", "data");
    delete process.env.DATABASE_URL;
  });
  afterEach(() => closeDb());
  afterAll(() => {
    Object.assign(process.env, saved);
    if (saved.DATA_DIR === undefined) delete process.env.DATA_DIR;
    if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("opens <dataDir>/console.db once per process, in WAL mode, creating the folder", async () => {
    const [a, b] = await Promise.all([getDb(), getDb()]);
    expect(a).toBe(b);
    expect(fs.existsSync(path.join(process.env.DATA_DIR!, "console.db"))).toBe(true);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(a);
    expect(mode.rows[0].journal_mode).toBe("wal");
  });

  it("reopens after closeDb()", async () => {
    const a = await getDb();
    await closeDb();
    const b = await getDb();
    expect(b).not.toBe(a);
    await expect(b.selectFrom("users").select("id").execute()).resolves.toEqual([]);
  });

  it("openDatabase picks Postgres from a postgres:// URL (and fails clearly when unreachable)", async () => {
    await expect(openDatabase("postgres://nobody:x@127.0.0.1:1/none")).rejects.toThrow(/ECONNREFUSED/);
  });
});
