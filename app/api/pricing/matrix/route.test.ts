import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { AuthError } from "@/server/auth/errors";
import { CloudApiError } from "@/server/cvm/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";
import type { MatrixEvent } from "@/lib/pricing/types";

const m = vi.hoisted(() => ({ getConsoleContext: vi.fn(), pricingRegions: vi.fn(), streamPricingMatrix: vi.fn() }));
vi.mock("@/server/context", () => ({ getConsoleContext: m.getConsoleContext }));
vi.mock("@/server/queries/pricing", () => ({ pricingRegions: m.pricingRegions, streamPricingMatrix: m.streamPricingMatrix }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { GET } = await import("./route");
const request = (query = "", signal?: AbortSignal) => new NextRequest(`http://localhost/api/pricing/matrix${query}`, { signal });
const ctx = { account: { id: "acc-1" }, locale: "en-US", region: "ap-guangzhou" };

beforeEach(() => {
  m.getConsoleContext.mockReset().mockResolvedValue(ctx);
  m.pricingRegions.mockReset().mockResolvedValue([{ Region: "ap-guangzhou", RegionName: "Guangzhou" }]);
  m.streamPricingMatrix.mockReset();
});

describe("GET /api/pricing/matrix", () => {
  it("answers 401 JSON to a signed-out caller without touching the cloud", async () => {
    m.getConsoleContext.mockRejectedValue(new AuthError(401, "UNAUTHENTICATED", "Sign in to continue"));
    const res = await GET(request("?cpu=2&memory=4"));
    expect(res.status).toBe(401);
    expect(m.pricingRegions).not.toHaveBeenCalled();
    expect(m.streamPricingMatrix).not.toHaveBeenCalled();
  });

  it("refuses a malformed spec with 400 instead of guessing", async () => {
    const res = await GET(request("?cpu=two&memory=4"));
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("InvalidParameterValue");
    expect(m.streamPricingMatrix).not.toHaveBeenCalled();
  });

  it("answers 409 when the key's account is no longer the session's", async () => {
    const res = await GET(request("?account=acc-old"));
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe("AccountChanged");
  });

  it("passes a failed region listing through as 502 before any stream starts", async () => {
    m.pricingRegions.mockRejectedValue(new CloudApiError({ code: "InternalError", message: "down", requestId: "rid-9" }));
    const res = await GET(request("?scope=regions"));
    expect(res.status).toBe(502);
    expect((await res.json()).error).toEqual({ code: "InternalError", message: "down", requestId: "rid-9" });
  });

  it("streams the fan-out's events as NDJSON, unbuffered, for the spec and region asked", async () => {
    m.streamPricingMatrix.mockImplementation(async (_w: unknown, _r: unknown, _s: unknown, emit: (e: MatrixEvent) => void) => {
      emit({ t: "start", regions: [{ Region: "ap-shanghai", RegionName: "Shanghai" }], at: "2026-01-01T00:00:00.000Z" });
      await new Promise((r) => setTimeout(r, 5));
      emit({ t: "end" });
    });
    const res = await GET(request("?region=ap-shanghai&cpu=4&memory=8&account=acc-1"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/x-ndjson");
    expect(res.headers.get("cache-control")).toContain("no-transform");
    const lines = (await res.text()).trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.t)).toEqual(["start", "end"]);
    const [where, , spec] = m.streamPricingMatrix.mock.calls[0];
    expect(where).toEqual({ accountId: "acc-1", region: "ap-shanghai", language: "en-US" });
    expect(spec).toMatchObject({ cpu: 4, memory: 8, scope: "zones" });
    expect(m.streamPricingMatrix.mock.calls[0][6]).toEqual({ fresh: false });
    await GET(request("?fresh=1")).then((r) => r.text());
    expect(m.streamPricingMatrix.mock.calls[1][6]).toEqual({ fresh: true });
  });

  it("cancelling the response aborts the fan-out", async () => {
    let signal: AbortSignal | undefined;
    m.streamPricingMatrix.mockImplementation(async (_w: unknown, _r: unknown, _s: unknown, emit: (e: MatrixEvent) => void, s: AbortSignal) => {
      signal = s;
      emit({ t: "end" });
      await new Promise((r) => s.addEventListener("abort", r));
    });
    const res = await GET(request());
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(signal?.aborted).toBe(true);
  });
});
