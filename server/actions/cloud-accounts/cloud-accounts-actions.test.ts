import { beforeEach, describe, expect, it, vi } from "vitest";
import { AuthError } from "@/server/auth/errors";
import { CloudApiError } from "@/server/cvm/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({
  requireRole: vi.fn(),
  createCloudAccount: vi.fn(),
  updateCloudAccount: vi.fn(),
  recordAudit: vi.fn(),
  call: vi.fn(),
}));
vi.mock("@/server/auth/session", () => ({ requireRole: m.requireRole }));
vi.mock("@/server/accounts/store", () => ({ createCloudAccount: m.createCloudAccount, updateCloudAccount: m.updateCloudAccount }));
vi.mock("@/server/audit/log", () => ({ recordAudit: m.recordAudit }));
vi.mock("@/server/cvm/for-account", () => ({ getCvmClient: async () => ({ call: m.call }) }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { createCloudAccount } = await import("./create");
const { updateCloudAccount } = await import("./update");
const { testCloudAccountConnection } = await import("./test-connection");

const admin = { id: "admin-1", email: "admin@example.com", name: "Admin", role: "admin" as const };
const view = { id: "acc-1", name: "prod", endpoint: "https://cvm.tencentcloudapi.com", secretIdMasked: "AKID****1234", defaultRegion: "ap-guangzhou", isDefault: true, source: "db", isSimulation: false };

beforeEach(() => {
  for (const fn of Object.values(m)) fn.mockReset();
  m.requireRole.mockResolvedValue(admin);
  m.recordAudit.mockResolvedValue(undefined);
});

describe("createCloudAccount action", () => {
  const input = { name: "prod", endpoint: "", secretId: "AKIDabcdefgh1234", secretKey: "TOP-SECRET-KEY", defaultRegion: "ap-guangzhou" };

  it("is admin-only", async () => {
    m.requireRole.mockRejectedValue(new AuthError(403, "FORBIDDEN", "x"));
    expect((await createCloudAccount(input)).ok).toBe(false);
    expect(m.createCloudAccount).not.toHaveBeenCalled();
  });

  it("stores the key but never audits or returns it", async () => {
    m.createCloudAccount.mockResolvedValue(view);
    const result = await createCloudAccount(input);
    expect(result).toEqual({ ok: true, account: view });
    expect(m.createCloudAccount).toHaveBeenCalledWith(expect.objectContaining({ secretKey: "TOP-SECRET-KEY", endpoint: undefined }));
    expect(JSON.stringify([result, m.recordAudit.mock.calls])).not.toContain("TOP-SECRET-KEY");
  });
});

describe("updateCloudAccount action", () => {
  it("leaves blank secrets out of the update so the stored ones are kept", async () => {
    m.updateCloudAccount.mockResolvedValue(view);
    await updateCloudAccount({ id: "acc-1", name: "prod", endpoint: "", secretId: "", secretKey: "", defaultRegion: "ap-shanghai" });
    const patch = m.updateCloudAccount.mock.calls[0][1];
    expect(patch).toMatchObject({ name: "prod", defaultRegion: "ap-shanghai" });
    expect(patch.secretKey).toBeUndefined();
    expect(patch.secretId).toBeUndefined();
    expect(m.recordAudit).toHaveBeenCalledWith(expect.objectContaining({ detail: expect.objectContaining({ secretKeyChanged: false }) }));
  });
});

describe("testCloudAccountConnection action", () => {
  it("reports the region count from a live DescribeRegions", async () => {
    m.call.mockResolvedValue({ TotalCount: 21, RegionSet: [] });
    expect(await testCloudAccountConnection({ id: "acc-1" })).toEqual({ ok: true, regionCount: 21 });
    expect(m.call).toHaveBeenCalledWith("DescribeRegions", {}, { language: "en-US" });
  });

  it("reports Tencent's code and RequestId on failure", async () => {
    m.call.mockRejectedValue(new CloudApiError({ code: "AuthFailure.SignatureFailure", message: "bad signature", requestId: "rid-7" }));
    expect(await testCloudAccountConnection({ id: "acc-1" })).toEqual({
      ok: false,
      error: { code: "AuthFailure.SignatureFailure", message: "bad signature", requestId: "rid-7" },
    });
  });
});
