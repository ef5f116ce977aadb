import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { AuthError } from "@/server/auth/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({ requireRole: vi.fn(), getConsoleContext: vi.fn(), getCvmClient: vi.fn(), call: vi.fn(), recordAudit: vi.fn() }));
vi.mock("@/server/auth/session", () => ({ requireRole: m.requireRole }));
vi.mock("@/server/context", () => ({ getConsoleContext: m.getConsoleContext }));
vi.mock("@/server/cvm/for-account", () => ({ getCvmClient: m.getCvmClient }));
vi.mock("@/server/audit/log", () => ({ recordAudit: m.recordAudit }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { GET } = await import("./route");
const call = (id: string, query = "") => GET(new NextRequest(`http://localhost/api/instances/${id}/user-data${query}`), { params: Promise.resolve({ id }) });
const SECRET = "#!/bin/bash\nexport TOKEN=s3cr3t-value\n";

beforeEach(() => {
  m.requireRole.mockReset().mockResolvedValue({ id: "u-op", role: "operator" });
  m.getConsoleContext.mockReset().mockResolvedValue({ account: { id: "acc-1" }, locale: "en-US", region: "ap-guangzhou" });
  m.call.mockReset().mockResolvedValue({ InstanceSet: [{ InstanceId: "ins-abcdefgh", Attributes: { UserData: Buffer.from(SECRET).toString("base64") } }], RequestId: "r" });
  m.getCvmClient.mockReset().mockResolvedValue({ call: m.call });
  m.recordAudit.mockReset().mockResolvedValue(undefined);
});

describe("GET /api/instances/[id]/user-data", () => {
  it("tells anyone with the viewer role that user data exists and its size, never its content", async () => {
    const res = await call("ins-abcdefgh", "?region=ap-shanghai");
    expect(res.status).toBe(200);
    expect(m.requireRole).toHaveBeenCalledWith("viewer");
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ present: true, bytes: Buffer.byteLength(SECRET), redacted: true });
    expect(text).not.toContain("s3cr3t");
    expect(text).not.toContain(Buffer.from(SECRET).toString("base64"));
    expect(m.call).toHaveBeenCalledWith("DescribeInstancesAttributes", { InstanceIds: ["ins-abcdefgh"], Attributes: ["UserData"] }, { region: "ap-shanghai" });
    expect(m.recordAudit).not.toHaveBeenCalled();
  });

  it("refuses ?reveal=1 to a viewer (operator role first) without a cloud call", async () => {
    m.requireRole.mockImplementation(async (role: string) => {
      if (role !== "viewer") throw new AuthError(403, "FORBIDDEN", "needs operator");
      return { id: "u-view", role: "viewer" };
    });
    const res = await call("ins-abcdefgh", "?reveal=1");
    expect(res.status).toBe(403);
    expect(m.requireRole).toHaveBeenCalledWith("operator");
    expect(m.call).not.toHaveBeenCalled();
  });

  it("reveals the decoded content to an operator and records the access in the audit log", async () => {
    const res = await call("ins-abcdefgh", "?reveal=1");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ present: true, bytes: Buffer.byteLength(SECRET), redacted: false, text: SECRET });
    expect(m.recordAudit).toHaveBeenCalledWith(expect.objectContaining({ userId: "u-op", action: "instance.userData.reveal", target: "ins-abcdefgh", result: "ok" }));
    expect(JSON.stringify(m.recordAudit.mock.calls)).not.toContain("s3cr3t");
  });

  it("answers 404 for an instance the region does not have, 400 for a malformed id", async () => {
    m.call.mockResolvedValue({ InstanceSet: [], RequestId: "r" });
    expect((await call("ins-abcdefgh")).status).toBe(404);
    expect((await call("ins-ABC")).status).toBe(400);
  });
});
