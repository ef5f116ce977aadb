import { beforeEach, describe, expect, it, vi } from "vitest";
import { AuthError } from "@/server/auth/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";
import { defaultConfig, type PurchaseConfig } from "@/lib/purchase/config";

const m = vi.hoisted(() => ({ requireRole: vi.fn(), recordAudit: vi.fn(), call: vi.fn(), getCvmClient: vi.fn(), getDb: vi.fn(), submitPurchase: vi.fn() }));
vi.mock("@/server/auth/session", () => ({ requireRole: m.requireRole }));
vi.mock("@/server/audit/log", () => ({ recordAudit: m.recordAudit }));
vi.mock("@/server/cvm/for-account", () => ({ getCvmClient: m.getCvmClient }));
vi.mock("@/server/db/connection", () => ({ getDb: m.getDb }));
vi.mock("./submit", () => ({ submitPurchase: m.submitPurchase }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { buyInstances } = await import("./buy");
const { saveLaunchTemplate } = await import("./save-template");

const operator = { id: "op-1", email: "op@example.com", name: "Op", role: "operator" as const };
const config: PurchaseConfig = { ...defaultConfig("ap-guangzhou"), zone: "ap-guangzhou-3", instanceType: "S5.MEDIUM4", imageId: "img-eb30mz89", password: "Passw0rd!23" };
const intentId = "00000000-0000-4000-8000-000000000001";

beforeEach(() => {
  for (const fn of Object.values(m)) fn.mockReset();
  m.requireRole.mockResolvedValue(operator);
  m.recordAudit.mockResolvedValue(undefined);
  m.getCvmClient.mockResolvedValue({ call: m.call });
  m.getDb.mockResolvedValue({});
});

describe("buyInstances", () => {
  it("requires the operator role before anything else, and a viewer is refused", async () => {
    m.requireRole.mockRejectedValue(new AuthError(403, "FORBIDDEN", "no"));
    const res = await buyInstances({ intentId, accountId: "acc-1", config });
    expect(res).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(m.requireRole).toHaveBeenCalledWith("operator");
    expect(m.submitPurchase).not.toHaveBeenCalled();
  });

  it("checks the configuration again on the server: field errors come back under config.*", async () => {
    const res = await buyInstances({ intentId, accountId: "acc-1", config: { ...config, password: "short", count: 0 } });
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error.fieldErrors).toMatchObject({ "config.password": "Linux passwords are 8–30 characters long.", "config.count": "Buy 1 to 100 instances at a time." });
    expect(m.submitPurchase).not.toHaveBeenCalled();
  });

  it("needs a submission id from the browser (a UUID)", async () => {
    const res = await buyInstances({ intentId: "again", accountId: "acc-1", config });
    expect(!res.ok && res.error.fieldErrors?.intentId).toBeTruthy();
  });

  it("submits as the signed-in user and answers the instance ids", async () => {
    m.submitPurchase.mockResolvedValue({ intentId, instanceIds: ["ins-aaaaaaaa"], requestId: "r1", replayed: false });
    const res = await buyInstances({ intentId, accountId: "acc-1", config });
    expect(res).toEqual({ ok: true, intentId, instanceIds: ["ins-aaaaaaaa"], requestId: "r1", replayed: false });
    expect(m.submitPurchase.mock.calls[0][1]).toMatchObject({ intentId, userId: "op-1", accountId: "acc-1" });
  });
});

describe("saveLaunchTemplate", () => {
  it("requires the operator role", async () => {
    m.requireRole.mockRejectedValue(new AuthError(403, "FORBIDDEN", "no"));
    expect(await saveLaunchTemplate({ accountId: "acc-1", name: "web", description: "", config })).toMatchObject({ ok: false });
    expect(m.call).not.toHaveBeenCalled();
  });

  it("never sends the password into a template, and needs none", async () => {
    m.call.mockResolvedValue({ LaunchTemplateId: "lt-abcd1234", RequestId: "r2" });
    const res = await saveLaunchTemplate({ accountId: "acc-1", name: "web tier", description: "", config: { ...config, password: "" } });
    expect(res).toEqual({ ok: true, launchTemplateId: "lt-abcd1234", requestId: "r2" });
    const [action, params] = m.call.mock.calls[0];
    expect(action).toBe("CreateLaunchTemplate");
    expect(params).toMatchObject({ LaunchTemplateName: "web tier", Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-eb30mz89" });
    expect(JSON.stringify(params)).not.toContain("Password");
    expect(m.recordAudit).toHaveBeenCalledWith(expect.objectContaining({ action: "launchTemplate.create", result: "ok" }));
  });

  it("keeps key pairs in the template", async () => {
    m.call.mockResolvedValue({ LaunchTemplateId: "lt-abcd1234", RequestId: "r2" });
    await saveLaunchTemplate({ accountId: "acc-1", name: "keys", description: "", config: { ...config, loginMode: "keyPair", keyIds: ["skey-abcd1234"] } });
    expect(m.call.mock.calls[0][1].LoginSettings).toEqual({ KeyIds: ["skey-abcd1234"] });
  });
});
