import { beforeEach, describe, expect, it, vi } from "vitest";
import { AuthError } from "@/server/auth/errors";

const m = vi.hoisted(() => ({ requireRole: vi.fn(), listAudit: vi.fn(), listAuditActions: vi.fn(), listUsers: vi.fn() }));
vi.mock("@/server/auth/session", () => ({ requireRole: m.requireRole }));
vi.mock("@/server/audit/log", () => ({ listAudit: m.listAudit, listAuditActions: m.listAuditActions }));
vi.mock("@/server/users/store", () => ({ listUsers: m.listUsers }));

const { AUDIT_PAGE_SIZE, listAuditAsAdmin } = await import("./audit");
const entry = (i: number) => ({ id: `id-${String(i).padStart(3, "0")}`, at: "", userId: null, userEmail: null, action: "a.b", target: null, detail: null, result: "ok" });

beforeEach(() => {
  m.requireRole.mockReset().mockResolvedValue({ id: "u-admin", role: "admin" });
  m.listAudit.mockReset();
  m.listAuditActions.mockReset().mockResolvedValue(["instance.stop", "auth.login"]);
  m.listUsers.mockReset().mockResolvedValue([{ id: "u-1", email: "alice@example.com", name: "A", role: "viewer" }]);
});

describe("listAuditAsAdmin", () => {
  it("is for admins only: a lower role reads nothing", async () => {
    m.requireRole.mockRejectedValue(new AuthError(403, "FORBIDDEN", "Admins only"));
    await expect(listAuditAsAdmin({})).rejects.toBeInstanceOf(AuthError);
    expect(m.requireRole).toHaveBeenCalledWith("admin");
    expect(m.listAudit).not.toHaveBeenCalled();
    expect(m.listUsers).not.toHaveBeenCalled();
  });

  it("passes the filter and cursor on, and reports an older page from one extra row", async () => {
    m.listAudit.mockResolvedValue(Array.from({ length: AUDIT_PAGE_SIZE + 1 }, (_, i) => entry(i)));
    const page = await listAuditAsAdmin({ result: "error" }, "zzz");
    expect(m.listAudit).toHaveBeenCalledWith({ limit: AUDIT_PAGE_SIZE + 1, before: "zzz", filter: { result: "error" } });
    expect(page.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(page.nextBefore).toBe(entry(AUDIT_PAGE_SIZE - 1).id);
    expect(page.options).toEqual({
      users: [{ id: "u-1", email: "alice@example.com" }],
      actionGroups: [
        { group: "auth", actions: ["auth.login"] },
        { group: "instance", actions: ["instance.stop"] },
      ],
    });

    m.listAudit.mockResolvedValue([entry(1)]);
    expect((await listAuditAsAdmin({})).nextBefore).toBeNull();
  });
});
