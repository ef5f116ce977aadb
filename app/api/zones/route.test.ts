import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { AuthError } from "@/server/auth/errors";
import { CloudApiError } from "@/server/cvm/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({ getConsoleContext: vi.fn(), describeZones: vi.fn() }));
vi.mock("@/server/context", () => ({ getConsoleContext: m.getConsoleContext }));
vi.mock("@/server/queries/regions", () => ({ describeZones: m.describeZones }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { GET } = await import("./route");
const request = (query = "") => new NextRequest(`http://localhost/api/zones${query}`);
const ctx = { account: { id: "acc-1" }, locale: "en-US", region: "ap-guangzhou" };

beforeEach(() => {
  m.getConsoleContext.mockReset().mockResolvedValue(ctx);
  m.describeZones.mockReset();
});

describe("GET /api/zones", () => {
  it("answers 401 JSON to a signed-out caller without touching the cloud", async () => {
    m.getConsoleContext.mockRejectedValue(new AuthError(401, "UNAUTHENTICATED", "Sign in to continue"));
    const res = await GET(request("?region=ap-guangzhou"));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("UNAUTHENTICATED");
    expect(m.describeZones).not.toHaveBeenCalled();
  });

  it("returns the zones of ?region=, defaulting to the chosen region", async () => {
    m.describeZones.mockResolvedValue([{ Zone: "ap-shanghai-2", ZoneName: "Shanghai 2", ZoneId: "200002", ZoneState: "AVAILABLE" }]);
    const res = await GET(request("?region=ap-shanghai"));
    expect(res.status).toBe(200);
    expect((await res.json()).ZoneSet[0].Zone).toBe("ap-shanghai-2");
    expect(m.describeZones).toHaveBeenCalledWith("acc-1", "ap-shanghai", "en-US");
    await GET(request());
    expect(m.describeZones).toHaveBeenLastCalledWith("acc-1", "ap-guangzhou", "en-US");
  });

  it("rejects a malformed region with 400", async () => {
    const res = await GET(request("?region=../../etc"));
    expect(res.status).toBe(400);
    expect(m.describeZones).not.toHaveBeenCalled();
  });

  it("passes a Tencent error through as 502 with code and RequestId", async () => {
    m.describeZones.mockRejectedValue(new CloudApiError({ code: "InvalidRegion.NotFound", message: "no such region", requestId: "rid-3" }));
    const res = await GET(request("?region=ap-nowhere"));
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ error: { code: "InvalidRegion.NotFound", message: "no such region", requestId: "rid-3" } });
  });

  it("answers 409 when no cloud account is configured", async () => {
    m.getConsoleContext.mockResolvedValue({ ...ctx, account: null });
    const res = await GET(request());
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe("NoCloudAccount");
  });
});
