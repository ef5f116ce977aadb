import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { AuthError } from "@/server/auth/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({ getConsoleContext: vi.fn(), getStatusPoller: vi.fn() }));
vi.mock("@/server/context", () => ({ getConsoleContext: m.getConsoleContext }));
vi.mock("@/server/status/registry", () => ({ getStatusPoller: m.getStatusPoller }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { StatusPoller } = await import("@/server/status/poller");
const { GET } = await import("./route");

const ctx = { account: { id: "acc-1" }, accounts: [{ id: "acc-1" }, { id: "acc-2" }], locale: "en-US", region: "ap-guangzhou" };
const upstream = {
  describeStatus: vi.fn(async (ids: string[]) => ids.map((id) => ({ InstanceId: id, InstanceState: "RUNNING" }))),
  describeDetails: vi.fn(async () => []),
};
let poller: InstanceType<typeof StatusPoller>;
const controllers: AbortController[] = [];

function request(query: string, headers: Record<string, string> = {}) {
  const abort = new AbortController();
  controllers.push(abort);
  return new NextRequest(`http://localhost/api/status${query}`, { headers, signal: abort.signal });
}

beforeEach(() => {
  poller = new StatusPoller(upstream, { lingerMs: 0 });
  m.getConsoleContext.mockReset().mockResolvedValue(ctx);
  m.getStatusPoller.mockReset().mockReturnValue(poller);
});
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  poller.dispose();
});

describe("GET /api/status", () => {
  it("answers 401 JSON to a signed-out caller and never subscribes", async () => {
    m.getConsoleContext.mockRejectedValue(new AuthError(401, "UNAUTHENTICATED", "Sign in to continue"));
    const res = await GET(request("?ids=aaaaaaaa"));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("UNAUTHENTICATED");
    expect(m.getStatusPoller).not.toHaveBeenCalled();
  });

  it("rejects missing, malformed or too many ids with 400", async () => {
    for (const q of ["", "?ids=", "?ids=NOT-AN-ID", "?w=:aaaaaaaa", "?w=ap-guangzhou:bad", `?ids=${Array.from({ length: 1001 }, (_, i) => String(i).padStart(8, "0")).join(",")}`]) {
      const res = await GET(request(q));
      expect(res.status, q).toBe(400);
    }
    expect(m.getStatusPoller).not.toHaveBeenCalled();
  });

  it("rejects an account the console does not know (404) and a malformed region (400)", async () => {
    expect((await GET(request("?ids=aaaaaaaa&account=acc-9"))).status).toBe(404);
    expect((await GET(request("?ids=aaaaaaaa&region=../x"))).status).toBe(400);
    expect((await GET(request("?w=../x:aaaaaaaa"))).status).toBe(400);
  });

  it("streams text/event-stream with the no-buffering headers, from the poller of ?account= and ?region=", async () => {
    const res = await GET(request("?ids=aaaaaaaa,ins-bbbbbbbb&account=acc-2&region=ap-shanghai"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(res.headers.get("x-accel-buffering")).toBe("no");
    expect(m.getStatusPoller).toHaveBeenCalledWith("acc-2", "ap-shanghai");
    expect(poller.watchedIds.sort()).toEqual(["ins-aaaaaaaa", "ins-bbbbbbbb"]);
    const reader = res.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toBe("retry: 2000\n\n");
    await reader.cancel();
    expect(poller.watchedIds).toEqual([]);
  });

  it("serves several regions on one stream with ?w=<region>:<ids>, one poller per region", async () => {
    const pollers = new Map<string, InstanceType<typeof StatusPoller>>();
    m.getStatusPoller.mockImplementation((_acc: string, region: string) => {
      if (!pollers.has(region)) pollers.set(region, new StatusPoller(upstream, { lingerMs: 0 }));
      return pollers.get(region);
    });
    const res = await GET(request("?w=ap-guangzhou:aaaaaaaa,bbbbbbbb&w=ap-shanghai:cccccccc"));
    expect(res.status).toBe(200);
    expect(pollers.get("ap-guangzhou")!.watchedIds.sort()).toEqual(["ins-aaaaaaaa", "ins-bbbbbbbb"]);
    expect(pollers.get("ap-shanghai")!.watchedIds).toEqual(["ins-cccccccc"]);
    await res.body!.cancel();
    for (const p of pollers.values()) p.dispose();
  });

  it("answers 429 when the region's poller already watches too many distinct instances", async () => {
    poller.dispose();
    poller = new StatusPoller(upstream, { lingerMs: 0, maxIds: 1 });
    m.getStatusPoller.mockReturnValue(poller);
    const first = await GET(request("?ids=aaaaaaaa"));
    expect(first.status).toBe(200);
    const second = await GET(request("?ids=bbbbbbbb"));
    expect(second.status).toBe(429);
    expect((await second.json()).error.code).toBe("TooManyWatched");
    await first.body!.cancel();
  });

  it("defaults to the header's account and region", async () => {
    const res = await GET(request("?ids=aaaaaaaa"));
    expect(res.status).toBe(200);
    expect(m.getStatusPoller).toHaveBeenCalledWith("acc-1", "ap-guangzhou");
    await res.body!.cancel();
  });

  it("resumes from the Last-Event-ID header: the polls after it are replayed before the snapshot", async () => {
    const warm = poller.subscribe(["ins-aaaaaaaa"], () => {});
    await poller.pollNow();
    const res = await GET(request("?ids=aaaaaaaa", { "last-event-id": `ap-guangzhou:${poller.epoch}.0` }));
    const reader = res.body!.getReader();
    const text = [];
    for (let i = 0; i < 3; i++) text.push(new TextDecoder().decode((await reader.read()).value));
    expect(text[1]).toContain(`id: ap-guangzhou:${poller.epoch}.1`);
    expect(text[1]).toContain('"replay":true');
    expect(text[2]).toContain('"kind":"snapshot"');
    await reader.cancel();
    warm();
  });
});
