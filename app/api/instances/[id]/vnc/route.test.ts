import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { AuthError } from "@/server/auth/errors";
import { CloudApiError } from "@/server/cvm/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({ requireRole: vi.fn(), getConsoleContext: vi.fn(), vnc: vi.fn(), recordAudit: vi.fn() }));
vi.mock("@/server/auth/session", () => ({ requireRole: m.requireRole }));
vi.mock("@/server/context", () => ({ getConsoleContext: m.getConsoleContext }));
vi.mock("@/server/queries/instances", () => ({ describeInstanceVncUrl: m.vnc }));
vi.mock("@/server/audit/log", () => ({ recordAudit: m.recordAudit }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { GET } = await import("./route");
const call = (id: string, query = "") => GET(new NextRequest(`http://localhost/api/instances/${id}/vnc${query}`), { params: Promise.resolve({ id }) });

beforeEach(() => {
  m.requireRole.mockReset().mockResolvedValue({ id: "u-op", role: "operator" });
  m.getConsoleContext.mockReset().mockResolvedValue({ account: { id: "acc-1" }, locale: "en-US", region: "ap-guangzhou" });
  m.vnc.mockReset().mockResolvedValue("wss://vnc.example/s?x=1");
  m.recordAudit.mockReset().mockResolvedValue(undefined);
});

describe("GET /api/instances/[id]/vnc", () => {
  it("asks for the operator role first: a viewer gets 403 and no VNC address is requested", async () => {
    m.requireRole.mockRejectedValue(new AuthError(403, "FORBIDDEN", "needs operator"));
    const res = await call("ins-abcdefgh");
    expect(res.status).toBe(403);
    expect(m.requireRole).toHaveBeenCalledWith("operator");
    expect(m.vnc).not.toHaveBeenCalled();
  });

  it("returns the one-time address and Tencent's VNC page for it, and records the access", async () => {
    const res = await call("ins-abcdefgh", "?region=ap-shanghai");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body.InstanceVncUrl).toBe("wss://vnc.example/s?x=1");
    expect(body.url).toBe(`https://img.qcloud.com/qcloud/app/active_vnc/index.html?InstanceVncUrl=${encodeURIComponent("wss://vnc.example/s?x=1")}`);
    expect(m.vnc).toHaveBeenCalledWith("acc-1", "ap-shanghai", "ins-abcdefgh");
    expect(m.recordAudit).toHaveBeenCalledWith(expect.objectContaining({ userId: "u-op", action: "instance.vnc", target: "ins-abcdefgh", result: "ok" }));
  });

  it("records a refused request with Tencent's code and passes the error through", async () => {
    m.vnc.mockRejectedValue(new CloudApiError({ code: "InvalidInstanceState", message: "not running", requestId: "rid-v" }));
    const res = await call("ins-abcdefgh");
    expect(res.status).toBe(502);
    expect(m.recordAudit).toHaveBeenCalledWith(
      expect.objectContaining({ result: "error", detail: expect.objectContaining({ errorCode: "InvalidInstanceState", requestId: "rid-v" }) }),
    );
  });

  it("rejects a malformed instance id without a cloud call", async () => {
    expect((await call("ins-ABC")).status).toBe(400);
    expect(m.vnc).not.toHaveBeenCalled();
  });
});
