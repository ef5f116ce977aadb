import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from "@/test/postgres";
import { hashShareToken } from "./token";
import { createSharedView, findActiveSharedView, getSharedView, listSharedViews, noteSharedViewVisit, revokeSharedView, type NewSharedView } from "./store";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);
const input: NewSharedView = { name: "Prod web", accountId: "acc-1", region: "ap-guangzhou", scope: "region", q: "tag:env=prod", columns: ["state", "zone", "nope"], days: 7, createdBy: "u-1" };

describe.each(TEST_ENGINES)("shared views on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.db.deleteFrom("shared_views").execute();
    await t.db.deleteFrom("users").where("id", "=", "u-1").execute();
  });

  it("returns the token once and stores only its hash; the token opens the view until it expires", async () => {
    const { view, token } = await createSharedView(input, t.db, T0);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await t.db.selectFrom("shared_views").selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored[0]!.token_hash).toBe(hashShareToken(token));
    // Unknown columns are dropped and the required one added, in the table's order.
    expect(view.columns).toEqual(["instance", "state", "zone"]);
    expect(view.expiresAt).toBe(new Date(T0 + 7 * DAY).toISOString());

    expect((await findActiveSharedView(token, t.db, T0 + DAY))?.id).toBe(view.id);
    expect(await findActiveSharedView(token, t.db, T0 + 7 * DAY)).toBeNull();
    expect((await getSharedView(view.id, t.db, T0 + 7 * DAY))?.status).toBe("expired");
  });

  it("finds nothing for a malformed, unknown or altered token", async () => {
    const { token } = await createSharedView(input, t.db, T0);
    expect(await findActiveSharedView("short", t.db, T0)).toBeNull();
    expect(await findActiveSharedView("x".repeat(43), t.db, T0)).toBeNull();
    const altered = (token[0] === "A" ? "B" : "A") + token.slice(1);
    expect(await findActiveSharedView(altered, t.db, T0)).toBeNull();
  });

  it("a revoked view stops opening at once, and a second revocation keeps the first", async () => {
    const { view, token } = await createSharedView(input, t.db, T0);
    const revoked = await revokeSharedView(view.id, "u-2", t.db, T0 + 1000);
    expect(revoked.status).toBe("revoked");
    expect(await findActiveSharedView(token, t.db, T0 + 2000)).toBeNull();
    const again = await revokeSharedView(view.id, "u-3", t.db, T0 + 5000);
    expect(again.revokedAt).toBe(new Date(T0 + 1000).toISOString());
    await expect(revokeSharedView("no-such-id", "u-2", t.db)).rejects.toThrow(/No shared view/);
  });

  it("counts visits at most once a minute", async () => {
    const { view } = await createSharedView(input, t.db, T0);
    await noteSharedViewVisit(view.id, t.db, T0 + 1_000);
    await noteSharedViewVisit(view.id, t.db, T0 + 30_000);
    await noteSharedViewVisit(view.id, t.db, T0 + 61_000);
    const seen = await getSharedView(view.id, t.db, T0 + 62_000);
    expect(seen?.viewCount).toBe(2);
    expect(seen?.lastViewedAt).toBe(new Date(T0 + 61_000).toISOString());
  });

  it("lists newest first with the creator's email, or null once the user is gone", async () => {
    await t.db.insertInto("users").values({ id: "u-1", email: "ops@example.com", name: "Ops", password_hash: "x", role: "operator", disabled: 0, created_at: T0, updated_at: T0, last_login_at: null }).execute();
    await createSharedView({ ...input, name: "older" }, t.db, T0);
    await createSharedView({ ...input, name: "newer", createdBy: "u-gone" }, t.db, T0 + 1000);
    const list = await listSharedViews(t.db, T0 + 2000);
    expect(list.map((v) => [v.name, v.createdByEmail, v.status])).toEqual([
      ["newer", null, "active"],
      ["older", "ops@example.com", "active"],
    ]);
  });
});
