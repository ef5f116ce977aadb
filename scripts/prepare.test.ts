import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/server/db/connection";
import { verifyPassword } from "@/server/users/password";
import { findUserRow, listUsers } from "@/server/users/store";
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from "@/test/postgres";
import { bootstrapAdmin, prepareConsole } from "./prepare";

const saved = { DATA_DIR: process.env.DATA_DIR, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET, DATABASE_URL: process.env.DATABASE_URL, KEY: process.env.CONSOLE_ENCRYPTION_KEY };
afterAll(() => {
  for (const [k, v] of [["DATA_DIR", saved.DATA_DIR], ["NEXTAUTH_SECRET", saved.NEXTAUTH_SECRET], ["DATABASE_URL", saved.DATABASE_URL], ["CONSOLE_ENCRYPTION_KEY", saved.KEY]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe("prepareConsole", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cvm-console-prepare-"));
    process.env.DATA_DIR = path.join(dir, "data");
    for (const k of ["NEXTAUTH_SECRET", "DATABASE_URL", "CONSOLE_ENCRYPTION_KEY"]) delete process.env[k];
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("creates data folder, 0600 secrets and a migrated database, and prints a generated admin password once", async () => {
    const lines: string[] = [];
    const first = await prepareConsole({ env: {}, log: (l) => lines.push(l) });
    const data = process.env.DATA_DIR!;
    expect(first).toEqual({ dataDir: data, authSecret: expect.stringMatching(/^[\w-]{40,}$/), adminCreated: true });
    for (const file of ["auth-secret", "master.key", "console.db"]) expect(fs.statSync(path.join(data, file)).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(path.join(data, "auth-secret"), "utf8")).toBe(first.authSecret);

    expect(lines).toHaveLength(1);
    const match = /^Sign in as admin@localhost with password (\S+) \(shown once; change it in Settings → Users\)$/.exec(lines[0]);
    expect(match).not.toBeNull();
    const password = match![1];
    expect(password.length).toBeGreaterThanOrEqual(20);

    const { db } = await openDatabase();
    try {
      const row = await findUserRow("admin@localhost", db);
      expect(row?.role).toBe("admin");
      expect(await verifyPassword(password, row!.password_hash)).toBe(true);
    } finally {
      await db.destroy();
    }

    // Second start: same secret, no new admin, nothing printed.
    const second = await prepareConsole({ env: {}, log: (l) => lines.push(l) });
    expect(second).toEqual({ ...first, adminCreated: false });
    expect(lines).toHaveLength(1);
  });

  it("never uses a fixed default password", async () => {
    const passwords: string[] = [];
    for (let i = 0; i < 2; i++) {
      fs.rmSync(process.env.DATA_DIR!, { recursive: true, force: true });
      await prepareConsole({ env: {}, log: (l) => passwords.push(/password (\S+)/.exec(l)![1]) });
    }
    expect(passwords[0]).not.toBe(passwords[1]);
  });

  it("uses NEXTAUTH_SECRET when it is set and writes no secret file", async () => {
    process.env.NEXTAUTH_SECRET = "configured-secret-value-0123456789";
    const result = await prepareConsole({ env: {}, log: () => undefined });
    expect(result.authSecret).toBe("configured-secret-value-0123456789");
    expect(fs.existsSync(path.join(process.env.DATA_DIR!, "auth-secret"))).toBe(false);
  });
});

describe.each(TEST_ENGINES)("bootstrapAdmin on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.db.deleteFrom("users").execute();
  });

  it("honours ADMIN_EMAIL and ADMIN_PASSWORD without printing the password", async () => {
    const lines: string[] = [];
    const env = { ADMIN_EMAIL: "Ops@Example.com", ADMIN_PASSWORD: "operator-chosen password" };
    expect(await bootstrapAdmin(t.db, env, (l) => lines.push(l))).toBe(true);
    const [admin] = await listUsers(t.db);
    expect(admin).toMatchObject({ email: "ops@example.com", role: "admin", disabled: false });
    expect(await verifyPassword(env.ADMIN_PASSWORD, (await findUserRow(admin.email, t.db))!.password_hash)).toBe(true);
    expect(lines.join("\n")).not.toContain(env.ADMIN_PASSWORD);
    expect(await bootstrapAdmin(t.db, env, (l) => lines.push(l))).toBe(false);
    expect(await listUsers(t.db)).toHaveLength(1);
  });

  it("fails clearly on a too-short ADMIN_PASSWORD, without echoing it", async () => {
    const error = await bootstrapAdmin(t.db, { ADMIN_PASSWORD: "short-pw" }, () => undefined).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/ADMIN_PASSWORD: .*12 characters/);
    expect((error as Error).message).not.toContain("short-pw");
    expect(await listUsers(t.db)).toEqual([]);
  });

  it("does nothing when users already exist", async () => {
    await bootstrapAdmin(t.db, { ADMIN_EMAIL: "first@example.com", ADMIN_PASSWORD: "first admin password" }, () => undefined);
    expect(await bootstrapAdmin(t.db, {}, () => undefined)).toBe(false);
    expect((await listUsers(t.db)).map((u) => u.email)).toEqual(["first@example.com"]);
  });
});
