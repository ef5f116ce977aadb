import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createUser } from "@/server/users/store";
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from "@/test/postgres";
import { auditId, iterateAudit, listAudit, listAuditActions, recordAudit, type AuditFilter } from "./log";

describe("auditId", () => {
  it("sorts by time, then by order within one millisecond", () => {
    const ids = [auditId(1000), auditId(1000), auditId(1000), auditId(999_999), auditId(1_700_000_000_000)];
    expect(ids.slice(0, 3)).toEqual([...ids.slice(0, 3)].sort());
    expect(ids[3] < ids[4]).toBe(true);
    expect(ids.every((id) => /^[0-9a-z]{25}$/.test(id))).toBe(true);
  });
});

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 5, 1); // 2024-06-01T00:00:00Z

describe.each(TEST_ENGINES)("audit log on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.db.deleteFrom("audit_log").execute();
    await t.db.deleteFrom("users").execute();
  });

  /** An entry at a chosen time (recordAudit always writes "now"). */
  async function put(at: number, e: { userId?: string | null; action: string; target?: string | null; result?: string }) {
    await t.db
      .insertInto("audit_log")
      .values({ id: auditId(at), at, user_id: e.userId ?? null, action: e.action, target: e.target ?? null, detail: null, result: e.result ?? "ok" })
      .execute();
  }
  const targets = async (filter: AuditFilter, limit = 100) => (await listAudit({ filter, limit }, t.db)).map((e) => e.target);

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

  it("a detail that is not a JSON object reads as none instead of failing the page", async () => {
    await t.db.insertInto("audit_log").values({ id: auditId(T0), at: T0, user_id: null, action: "x.y", target: "t", detail: "{oops", result: "ok" }).execute();
    expect((await listAudit({}, t.db))[0].detail).toBeNull();
  });

  it("filters by user, and by 'no user'", async () => {
    const alice = await createUser({ email: "alice@example.com", name: "A", password: "long enough password", role: "operator" }, t.db);
    const bob = await createUser({ email: "bob@example.com", name: "B", password: "long enough password", role: "operator" }, t.db);
    await put(T0 + 1, { userId: alice.id, action: "instance.stop", target: "a1" });
    await put(T0 + 2, { userId: bob.id, action: "instance.stop", target: "b1" });
    await put(T0 + 3, { userId: null, action: "auth.login", target: "nobody", result: "denied" });
    await put(T0 + 4, { userId: alice.id, action: "instance.start", target: "a2" });
    expect(await targets({ userId: alice.id })).toEqual(["a2", "a1"]);
    expect(await targets({ userId: bob.id })).toEqual(["b1"]);
    expect(await targets({ userId: null })).toEqual(["nobody"]);
    expect(await targets({ userId: "no-such-user" })).toEqual([]);
  });

  it("filters by one action, or by every action of a prefix (exact case, not a look-alike prefix)", async () => {
    await put(T0 + 1, { action: "instance.stop", target: "1" });
    await put(T0 + 2, { action: "instance.rename", target: "2" });
    await put(T0 + 3, { action: "image.delete", target: "3" });
    await put(T0 + 4, { action: "instances.bogus", target: "4" }); // "instances" is not the "instance" group
    await put(T0 + 5, { action: "Instance.stop", target: "5" });
    await put(T0 + 6, { action: "sharedView.create", target: "6" });
    expect(await targets({ action: "instance.stop" })).toEqual(["1"]);
    expect(await targets({ actionGroup: "instance" })).toEqual(["2", "1"]);
    expect(await targets({ actionGroup: "sharedView" })).toEqual(["6"]);
    expect(await targets({ actionGroup: "sharedview" })).toEqual([]);
  });

  it("'target contains' is a case-insensitive substring match", async () => {
    await put(T0 + 1, { action: "instance.stop", target: "ins-abc123" });
    await put(T0 + 2, { action: "instance.stop", target: "ins-zzz,ins-ABC999" });
    await put(T0 + 3, { action: "instance.stop", target: "ins-def" });
    await put(T0 + 4, { action: "auth.login", target: null });
    expect(await targets({ targetContains: "abc" })).toEqual(["ins-zzz,ins-ABC999", "ins-abc123"]);
    expect(await targets({ targetContains: "INS-ABC1" })).toEqual(["ins-abc123"]);
    expect(await targets({ targetContains: "nothing" })).toEqual([]);
  });

  it("'target contains' takes % _ and \\ literally", async () => {
    for (const [i, target] of ["100%", "100x", "a_b", "axb", "c\\d", "cd", "50%_off"].entries()) await put(T0 + i, { action: "x.y", target });
    expect(await targets({ targetContains: "%" })).toEqual(["50%_off", "100%"]);
    expect(await targets({ targetContains: "0%" })).toEqual(["50%_off", "100%"]);
    expect(await targets({ targetContains: "_" })).toEqual(["50%_off", "a_b"]);
    expect(await targets({ targetContains: "a_b" })).toEqual(["a_b"]);
    expect(await targets({ targetContains: "%_" })).toEqual(["50%_off"]);
    expect(await targets({ targetContains: "\\" })).toEqual(["c\\d"]);
    expect(await targets({ targetContains: "c\\d" })).toEqual(["c\\d"]);
  });

  it("filters by result", async () => {
    await put(T0 + 1, { action: "a.b", target: "ok", result: "ok" });
    await put(T0 + 2, { action: "a.b", target: "error", result: "error" });
    await put(T0 + 3, { action: "a.b", target: "denied", result: "denied" });
    expect(await targets({ result: "error" })).toEqual(["error"]);
    expect(await targets({ result: "denied" })).toEqual(["denied"]);
    expect(await targets({ result: "ok" })).toEqual(["ok"]);
  });

  it("filters by a time range: from inclusive, to exclusive", async () => {
    await put(T0 - 1, { action: "a.b", target: "before" });
    await put(T0, { action: "a.b", target: "start" });
    await put(T0 + DAY - 1, { action: "a.b", target: "end of day" });
    await put(T0 + DAY, { action: "a.b", target: "next day" });
    expect(await targets({ fromMs: T0, toMs: T0 + DAY })).toEqual(["end of day", "start"]);
    expect(await targets({ fromMs: T0 + DAY })).toEqual(["next day"]);
    expect(await targets({ toMs: T0 })).toEqual(["before"]);
  });

  it("combines filters, and pages through a filtered log by id", async () => {
    const alice = await createUser({ email: "alice@example.com", name: "A", password: "long enough password", role: "operator" }, t.db);
    for (let i = 0; i < 7; i++) {
      await put(T0 + i, { userId: alice.id, action: "instance.stop", target: `ins-${i}`, result: i % 2 ? "error" : "ok" });
      await put(T0 + i, { userId: null, action: "instance.stop", target: `ins-${i}`, result: "error" });
    }
    const filter: AuditFilter = { userId: alice.id, actionGroup: "instance", targetContains: "ins-", result: "error", fromMs: T0 + 2, toMs: T0 + 7 };
    const first = await listAudit({ filter, limit: 1 }, t.db);
    expect(first.map((e) => e.target)).toEqual(["ins-5"]);
    const rest = await listAudit({ filter, limit: 5, before: first[0].id }, t.db);
    expect(rest.map((e) => e.target)).toEqual(["ins-3"]);
    expect(rest.every((e) => e.userEmail === "alice@example.com" && e.result === "error")).toBe(true);
  });

  it("iterates every page of a filtered log, and lists the action names that exist", async () => {
    for (let i = 0; i < 12; i++) await put(T0 + i, { action: i % 3 ? "instance.stop" : "image.delete", target: String(i) });
    const pages: string[][] = [];
    for await (const page of iterateAudit({ action: "instance.stop" }, 3, t.db)) pages.push(page.map((e) => e.target!));
    expect(pages).toEqual([["11", "10", "8"], ["7", "5", "4"], ["2", "1"]]);
    const exact: string[][] = [];
    for await (const page of iterateAudit({ action: "image.delete" }, 2, t.db)) exact.push(page.map((e) => e.target!));
    expect(exact).toEqual([["9", "6"], ["3", "0"]]);
    expect(await listAuditActions(t.db)).toEqual(["image.delete", "instance.stop"]);
  });

  it("the selective filters are served by an index", async () => {
    const plan = async (where: string) => {
      const query = `select id from audit_log where ${where} order by id desc limit 51`;
      if (engine === "sqlite") return JSON.stringify((await sql.raw(`explain query plan ${query}`).execute(t.db)).rows);
      // Postgres: with the planner barred from sequential scans, a usable index must show up in the plan.
      return t.db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        return JSON.stringify((await sql.raw(`explain ${query}`).execute(trx)).rows);
      });
    };
    expect(await plan("user_id = 'u1'")).toContain("audit_log_user_id_id");
    expect(await plan("action = 'instance.stop'")).toContain("audit_log_action_id");
    expect(await plan("result = 'error'")).toContain("audit_log_result_id");
    expect(await plan("at >= 1 and at < 2")).toContain("audit_log_at");
  });
});
