import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createUser } from "@/server/users/store";
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from "@/test/postgres";
import { auditId, listAudit, recordAudit } from "./log";

describe("auditId", () => {
  it("sorts by time, then by order within one millisecond", () => {
    const ids = [auditId(1000), auditId(1000), auditId(1000), auditId(999_999), auditId(1_700_000_000_000)];
    expect(ids.slice(0, 3)).toEqual([...ids.slice(0, 3)].sort());
    expect(ids[3] < ids[4]).toBe(true);
    expect(ids.every((id) => /^[0-9a-z]{25}$/.test(id))).toBe(true);
  });
});

describe.each(TEST_ENGINES)("audit log on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.db.deleteFrom("audit_log").execute();
  });

  it("lists newest first with the user's email, and pages with `before`", async () => {
    const user = await createUser({ email: "auditor@example.com", name: "Au", password: "long enough password", role: "admin" }, t.db);
    for (let i = 0; i < 5; i++) {
      await recordAudit({ userId: user.id, action: `instance.stop`, target: `ins-${i}`, detail: { n: i }, result: "ok" }, t.db);
    }
    await recordAudit({ userId: null, action: "auth.login", target: "ghost@example.com", result: "denied" }, t.db);

    const first = await listAudit({ limit: 3 }, t.db);
    expect(first.map((e) => e.target)).toEqual(["ghost@example.com", "ins-4", "ins-3"]);
    expect(first[0]).toMatchObject({ userId: null, userEmail: null, result: "denied", detail: null });
    expect(first[1]).toMatchObject({ userId: user.id, userEmail: "auditor@example.com", action: "instance.stop", detail: { n: 4 } });
    expect(first[1].at).toMatch(/^\d{4}-\d\d-\d\dT/);

    const next = await listAudit({ limit: 3, before: first[2].id }, t.db);
    expect(next.map((e) => e.target)).toEqual(["ins-2", "ins-1", "ins-0"]);
    expect(await listAudit({ before: next[2].id }, t.db)).toEqual([]);
  });

  it("redacts secret-looking fields in detail", async () => {
    await recordAudit(
      { userId: null, action: "account.create", target: "prod", detail: { name: "prod", secretKey: "SK-VALUE", nested: { password: "pw-value" } }, result: "ok" },
      t.db,
    );
    const [entry] = await listAudit({}, t.db);
    expect(entry.detail).toEqual({ name: "prod", secretKey: "[redacted]", nested: { password: "[redacted]" } });
    const raw = await t.db.selectFrom("audit_log").select("detail").executeTakeFirstOrThrow();
    expect(raw.detail).not.toMatch(/SK-VALUE|pw-value/);
  });
});
