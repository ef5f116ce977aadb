import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { AuthError } from "@/server/auth/errors";
import { CloudApiError } from "@/server/cvm/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({ getConsoleContext: vi.fn(), listInstances: vi.fn(), listInstancesAllRegions: vi.fn() }));
vi.mock("@/server/context", () => ({ getConsoleContext: m.getConsoleContext }));
vi.mock("@/server/queries/instances", () => ({ listInstances: m.listInstances, listInstancesAllRegions: m.listInstancesAllRegions }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const { GET } = await import("./route");
const request = (query = "") => new NextRequest(`http://localhost/api/instances${query}`);
const ctx = { account: { id: "acc-1" }, locale: "en-US", region: "ap-guangzhou" };
const page = { scope: "region", TotalCount: 0, InstanceSet: [], offset: 0, asOf: "2024-01-01T00:00:00.000Z" };

beforeEach(() => {
  m.getConsoleContext.mockReset().mockResolvedValue(ctx);
  m.listInstances.mockReset().mockResolvedValue(page);
  m.listInstancesAllRegions.mockReset().mockResolvedValue({ ...page, scope: "all", regions: [] });
});

describe("GET /api/instances", () => {
  it("answers 401 to a signed-out caller without touching the cloud", async () => {
    m.getConsoleContext.mockRejectedValue(new AuthError(401, "UNAUTHENTICATED", "Sign in to continue"));
    const res = await GET(request());
    expect(res.status).toBe(401);
    expect(m.listInstances).not.toHaveBeenCalled();
  });

  it("turns the search box's text into Filters, with page and size", async () => {
    const res = await GET(request("?q=state%3Arunning+tag%3Aenv%3Dprod&page=3&size=100&region=ap-shanghai"));
    expect(res.status).toBe(200);
    expect(m.listInstances).toHaveBeenCalledWith("acc-1", "ap-shanghai", {
      filters: [
        { Name: "instance-state", Values: ["RUNNING"] },
        { Name: "tag:env", Values: ["prod"] },
      ],
      page: 3,
      size: 100,
    });
  });

  it("never asks for more than 100 rows: an unknown size falls back to the default", async () => {
    await GET(request("?size=5000"));
    expect(m.listInstances.mock.calls[0][2].size).toBe(50);
  });

  it("refuses a search with errors (400, InvalidFilter) and sends nothing to the cloud", async () => {
    const res = await GET(request("?q=stat%3Arunning"));
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("InvalidFilter");
    expect(m.listInstances).not.toHaveBeenCalled();
  });

  it("scope=all fans out in the caller's language", async () => {
    const res = await GET(request("?scope=all"));
    expect(res.status).toBe(200);
    expect(m.listInstancesAllRegions).toHaveBeenCalledWith("acc-1", "en-US", { filters: [], page: 1, size: 50 });
    expect(m.listInstances).not.toHaveBeenCalled();
  });

  it("passes a Tencent error through as 502 with code and RequestId", async () => {
    m.listInstances.mockRejectedValue(new CloudApiError({ code: "RequestLimitExceeded", message: "slow down", requestId: "rid-9" }));
    const res = await GET(request());
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ error: { code: "RequestLimitExceeded", message: "slow down", requestId: "rid-9" } });
  });

  it("rejects a malformed region (400) and answers 409 without a cloud account", async () => {
    expect((await GET(request("?region=../etc"))).status).toBe(400);
    m.getConsoleContext.mockResolvedValue({ ...ctx, account: null });
    expect((await GET(request())).status).toBe(409);
  });
});
