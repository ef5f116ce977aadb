import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listAudit } from "@/server/audit/log";
import { createUser, getUserById, updateUser } from "@/server/users/store";
import { openTestDatabase, type TestDatabase } from "@/test/postgres";
import { authorizeCredentials, TOO_MANY_ATTEMPTS } from "./authorize";
import { LoginThrottle, MAX_FAILURES } from "./login-throttle";

const PASSWORD = "the right password";

describe("authorizeCredentials", () => {
  let t: TestDatabase;
  let throttle: LoginThrottle;
  let userId: string;
  beforeAll(async () => {
    t = await openTestDatabase("sqlite");
    userId = (await createUser({ email: "op@example.com", name: "Op", password: PASSWORD, role: "operator" }, t.db)).id;
  });
  afterAll(() => t.close());
  beforeEach(() => {
    throttle = new LoginThrottle();
  });
  const login = (email: string, password: string, now = Date.now()) => authorizeCredentials({ email, password }, { db: t.db, throttle, now });

  it("returns the user for the right password (any email case) and records the login", async () => {
    const at = Date.UTC(2030, 1, 2);
    expect(await login(" OP@example.com ", PASSWORD, at)).toEqual({ id: userId, email: "op@example.com", name: "Op", role: "operator" });
    expect((await getUserById(userId, t.db))!.lastLoginAt).toBe(new Date(at).toISOString());
    expect((await listAudit({ limit: 1 }, t.db))[0]).toMatchObject({ action: "auth.login", result: "ok", userId });
  });

  it("returns null alike for a wrong password, an unknown email and a disabled user", async () => {
    expect(await login("op@example.com", "wrong password!!")).toBeNull();
    expect(await login("nobody@example.com", PASSWORD)).toBeNull();
    await createUser({ email: "admin@example.com", name: "Admin", password: PASSWORD, role: "admin" }, t.db);
    await updateUser(userId, { disabled: true }, t.db);
    expect(await login("op@example.com", PASSWORD)).toBeNull();
    await updateUser(userId, { disabled: false }, t.db);
    expect(await login("", "")).toBeNull();
    const audit = await listAudit({ limit: 3 }, t.db);
    expect(audit.map((e) => e.detail?.reason)).toEqual(["disabled", "unknown email", "wrong password"]);
    expect(JSON.stringify(audit)).not.toContain("wrong password!!");
  });

  it(`refuses further attempts after ${MAX_FAILURES} failures, even with the right password`, async () => {
    for (let i = 0; i < MAX_FAILURES; i++) expect(await login("op@example.com", `bad password ${i}`)).toBeNull();
    await expect(login("op@example.com", PASSWORD)).rejects.toThrow(TOO_MANY_ATTEMPTS);
  });
});

describe("authorizeCredentials with the process database", () => {
  it("works without an injected database (as next-auth calls it)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cvm-console-auth-"));
    const saved = process.env.DATA_DIR;
    process.env.DATA_DIR = dir;
    const { closeDb } = await import("@/server/db/connection");
    try {
      await createUser({ email: "p@example.com", name: "P", password: PASSWORD, role: "viewer" });
      expect(await authorizeCredentials({ email: "p@example.com", password: PASSWORD })).toMatchObject({ role: "viewer" });
    } finally {
      await closeDb();
      if (saved === undefined) delete process.env.DATA_DIR;
      else process.env.DATA_DIR = saved;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
