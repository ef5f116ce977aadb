import { beforeEach, describe, expect, it, vi } from "vitest";
import { AuthError } from "@/server/auth/errors";
import { ValidationError } from "@/server/db/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({
  requireRole: vi.fn(),
  createUser: vi.fn(),
  updateUser: vi.fn(),
  setUserPassword: vi.fn(),
  recordAudit: vi.fn(),
}));
vi.mock("@/server/auth/session", () => ({ requireRole: m.requireRole }));
vi.mock("@/server/users/store", () => ({ createUser: m.createUser, updateUser: m.updateUser, setUserPassword: m.setUserPassword }));
vi.mock("@/server/audit/log", () => ({ recordAudit: m.recordAudit }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { createUser } = await import("./create");
const { updateUser } = await import("./update");
const { resetUserPassword } = await import("./reset-password");

const admin = { id: "admin-1", email: "admin@example.com", name: "Admin", role: "admin" as const };
const view = { id: "u-2", email: "ops@example.com", name: "Ops", role: "operator", disabled: false, createdAt: "2025-01-01T00:00:00.000Z", lastLoginAt: null };
const input = { email: "ops@example.com", name: "Ops", password: "a long enough password", role: "operator" as const };

beforeEach(() => {
  for (const fn of Object.values(m)) fn.mockReset();
  m.requireRole.mockResolvedValue(admin);
  m.recordAudit.mockResolvedValue(undefined);
});

describe("createUser action", () => {
  it("checks for the admin role before anything else", async () => {
    m.requireRole.mockRejectedValue(new AuthError(403, "FORBIDDEN", "needs admin"));
    const result = await createUser(input);
    expect(result).toEqual({ ok: false, error: { code: "FORBIDDEN", message: en["error.forbidden"] } });
    expect(m.requireRole).toHaveBeenCalledWith("admin");
    expect(m.createUser).not.toHaveBeenCalled();
    expect(m.recordAudit).not.toHaveBeenCalled();
  });

  it("returns field errors for bad input without calling the store", async () => {
    const result = await createUser({ ...input, email: "not-an-email", password: "short" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.fieldErrors).toEqual({ email: en["validation.email"], password: en["validation.passwordTooShort"] });
    expect(m.createUser).not.toHaveBeenCalled();
  });

  it("creates, audits without the password, and returns the view", async () => {
    m.createUser.mockResolvedValue(view);
    const result = await createUser(input);
    expect(result).toEqual({ ok: true, user: view });
    expect(m.createUser).toHaveBeenCalledWith(input);
    expect(m.recordAudit).toHaveBeenCalledWith(expect.objectContaining({ userId: "admin-1", action: "user.create", result: "ok" }));
    expect(JSON.stringify(m.recordAudit.mock.calls)).not.toContain(input.password);
  });

  it("audits a refused write and shows the store's field error", async () => {
    m.createUser.mockRejectedValue(new ValidationError({ email: "A user with this email already exists" }));
    const result = await createUser(input);
    expect(!result.ok && result.error.fieldErrors).toEqual({ email: "A user with this email already exists" });
    expect(m.recordAudit).toHaveBeenCalledWith(expect.objectContaining({ action: "user.create", result: "error" }));
  });
});

describe("updateUser action", () => {
  it("refuses to let an admin disable or demote themself", async () => {
    for (const change of [{ disabled: true }, { role: "viewer" as const }]) {
      const result = await updateUser({ id: admin.id, ...change });
      expect(!result.ok && result.error.code).toBe("OperationDenied.SelfLockout");
    }
    expect(m.updateUser).not.toHaveBeenCalled();
  });

  it("changes another user's role", async () => {
    m.updateUser.mockResolvedValue({ ...view, role: "viewer" });
    const result = await updateUser({ id: "u-2", role: "viewer" });
    expect(result.ok).toBe(true);
    expect(m.updateUser).toHaveBeenCalledWith("u-2", { role: "viewer" });
  });
});

describe("resetUserPassword action", () => {
  it("sets the password and keeps it out of the audit log", async () => {
    const result = await resetUserPassword({ id: "u-2", password: "another long password" });
    expect(result).toEqual({ ok: true });
    expect(m.setUserPassword).toHaveBeenCalledWith("u-2", "another long password");
    expect(JSON.stringify(m.recordAudit.mock.calls)).not.toContain("another long password");
  });
});
