import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { AuthError } from "@/server/auth/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({ getConsoleContext: vi.fn(), describePricingShapes: vi.fn() }));
vi.mock("@/server/context", () => ({ getConsoleContext: m.getConsoleContext }));
vi.mock("@/server/queries/pricing", () => ({ describePricingShapes: m.describePricingShapes }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { GET } = await import("./route");
const request = (query = "") => new NextRequest(`http://localhost/api/pricing/shapes${query}`);

beforeEach(() => {
  m.getConsoleContext.mockReset().mockResolvedValue({ account: { id: "acc-1" }, locale: "zh-CN", region: "ap-guangzhou" });
  m.describePricingShapes.mockReset().mockResolvedValue([{ Cpu: 2, Memory: 4, GpuCount: 0, types: 7 }]);
});

describe("GET /api/pricing/shapes", () => {
  it("answers 401 to a signed-out caller without touching the cloud", async () => {
    m.getConsoleContext.mockRejectedValue(new AuthError(401, "UNAUTHENTICATED", "Sign in to continue"));
    expect((await GET(request())).status).toBe(401);
    expect(m.describePricingShapes).not.toHaveBeenCalled();
  });

  it("returns the shapes of ?region= in the session's language", async () => {
    const res = await GET(request("?region=ap-shanghai&account=acc-1"));
    expect(await res.json()).toEqual({ ShapeSet: [{ Cpu: 2, Memory: 4, GpuCount: 0, types: 7 }] });
    expect(m.describePricingShapes).toHaveBeenCalledWith({ accountId: "acc-1", region: "ap-shanghai", language: "zh-CN" });
  });

  it("refuses a malformed region (400) and a key for another account (409)", async () => {
    expect((await GET(request("?region=../x"))).status).toBe(400);
    expect((await GET(request("?account=acc-2"))).status).toBe(409);
    expect(m.describePricingShapes).not.toHaveBeenCalled();
  });
});
