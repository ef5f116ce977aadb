import { beforeEach, describe, expect, it, vi } from "vitest";
import { AuthError } from "@/server/auth/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({
  requireRole: vi.fn(),
  getConsoleContext: vi.fn(),
  createSharedView: vi.fn(),
  getSharedView: vi.fn(),
  revokeSharedView: vi.fn(),
  recordAudit: vi.fn(),
}));
vi.mock("@/server/auth/session", () => ({ requireRole: m.requireRole }));
vi.mock("@/server/context", () => ({ getConsoleContext: m.getConsoleContext }));
vi.mock("@/server/shared-views/store", () => ({ createSharedView: m.createSharedView, getSharedView: m.getSharedView, revokeSharedView: m.revokeSharedView }));
vi.mock("@/server/audit/log", () => ({ recordAudit: m.recordAudit }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { createSharedView } = await import("./create");
const { revokeSharedView } = await import("./revoke");

const operator = { id: "op-1", email: "op@example.com", name: "Op", role: "operator" as const };
const admin = { id: "admin-1", email: "admin@example.com", name: "Admin", role: "admin" as const };
const input = { name: "Prod web", scope: "region" as const, q: "tag:env=prod state:running", columns: ["state" as const], days: 7 as const };
const summary = { id: "sv-1", name: "Prod web", createdBy: "op-1", status: "active" };

beforeEach(() => {
  for (const fn of Object.values(m)) fn.mockReset();
  m.requireRole.mockResolvedValue(operator);
  m.getConsoleContext.mockResolvedValue({ account: { id: "acc-1" }, region: "ap-shanghai" });
  m.recordAudit.mockResolvedValue(undefined);
});

describe("createSharedView action", () => {
  it("refuses viewers before reading anything", async () => {
    m.requireRole.mockRejectedValue(new AuthError(403, "FORBIDDEN", "needs operator"));
    const result = await createSharedView(input);
    expect(result).toEqual({ ok: false, error: { code: "FORBIDDEN", message: en["error.forbidden"] } });
    expect(m.requireRole).toHaveBeenCalledWith("operator");
    expect(m.createSharedView).not.toHaveBeenCalled();
  });

  it("refuses a search with a mistake, as a field error", async () => {
    const result = await createSharedView({ ...input, q: "stat:running" });
    expect(!result.ok && result.error.fieldErrors).toEqual({ q: en["sharedViews.error.badSearch"] });
    expect(m.createSharedView).not.toHaveBeenCalled();
  });

  it("refuses an expiry that is not offered (no links that never expire)", async () => {
    const result = await createSharedView({ ...input, days: 3650 as unknown as 7 });
    expect(!result.ok && Object.keys(result.error.fieldErrors ?? {})).toEqual(["days"]);
  });

  it("stores the caller's account and region, audits without the token, and returns the path once", async () => {
    m.createSharedView.mockResolvedValue({ view: summary, token: "T".repeat(43) });
    const result = await createSharedView(input);
    expect(result).toEqual({ ok: true, view: summary, path: `/shared/${"T".repeat(43)}` });
    expect(m.createSharedView).toHaveBeenCalledWith(expect.objectContaining({ accountId: "acc-1", region: "ap-shanghai", createdBy: "op-1", columns: ["instance", "state"] }));
    expect(m.recordAudit).toHaveBeenCalledWith(expect.objectContaining({ action: "sharedView.create", result: "ok" }));
    expect(JSON.stringify(m.recordAudit.mock.calls)).not.toContain("T".repeat(43));
  });
});

describe("revokeSharedView action", () => {
  it("lets the creator revoke", async () => {
    m.getSharedView.mockResolvedValue(summary);
    m.revokeSharedView.mockResolvedValue({ ...summary, status: "revoked" });
    const result = await revokeSharedView({ id: "sv-1" });
    expect(result.ok).toBe(true);
    expect(m.revokeSharedView).toHaveBeenCalledWith("sv-1", "op-1");
  });

  it("refuses another operator, but not an admin", async () => {
    m.getSharedView.mockResolvedValue({ ...summary, createdBy: "someone-else" });
    const refused = await revokeSharedView({ id: "sv-1" });
    expect(!refused.ok && refused.error.code).toBe("FORBIDDEN");
    expect(m.revokeSharedView).not.toHaveBeenCalled();

    m.requireRole.mockResolvedValue(admin);
    m.revokeSharedView.mockResolvedValue({ ...summary, status: "revoked" });
    expect((await revokeSharedView({ id: "sv-1" })).ok).toBe(true);
  });

  it("says not found for an unknown id, and refuses viewers", async () => {
    m.getSharedView.mockResolvedValue(null);
    expect((await revokeSharedView({ id: "nope" })).ok).toBe(false);
    m.requireRole.mockRejectedValue(new AuthError(403, "FORBIDDEN", "needs operator"));
    const result = await revokeSharedView({ id: "sv-1" });
    expect(!result.ok && result.error.code).toBe("FORBIDDEN");
  });
});
