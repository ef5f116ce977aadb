import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { AuthError } from "@/server/auth/errors";
import { CloudApiError } from "@/server/cvm/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({
  getConsoleContext: vi.fn(),
  inquirePrice: vi.fn(),
  describeOperationLimits: vi.fn(),
  describeTypeChoices: vi.fn(),
  describeOptions: vi.fn(),
}));
vi.mock("@/server/context", () => ({ getConsoleContext: m.getConsoleContext }));
vi.mock("@/server/queries/instance-operations", () => ({
  inquirePrice: m.inquirePrice,
  describeOperationLimits: m.describeOperationLimits,
  describeTypeChoices: m.describeTypeChoices,
  describeOptions: m.describeOptions,
}));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const price = await import("./price/route");
const limits = await import("./limits/route");
const modification = await import("./modification/route");
const options = await import("./options/route");
const req = (path: string) => new NextRequest(`http://localhost/api/instances/operations/${path}`);
const account = { id: "acc-1" };
const viewerCtx = { user: { role: "viewer" }, account, accounts: [account, { id: "acc-2" }], locale: "en-US", region: "ap-guangzhou" };
const where = { accountId: "acc-1", region: "ap-guangzhou", language: "en-US" };

beforeEach(() => {
  for (const fn of Object.values(m)) fn.mockReset();
  m.getConsoleContext.mockResolvedValue(viewerCtx);
});

describe("GET /api/instances/operations/*", () => {
  it("answers 401 to a signed-out caller without asking the cloud", async () => {
    m.getConsoleContext.mockRejectedValue(new AuthError(401, "UNAUTHENTICATED", "x"));
    const res = await price.GET(req(`price?q=${encodeURIComponent(JSON.stringify({ kind: "terminate", InstanceIds: ["ins-aaaaaaaa"] }))}`));
    expect(res.status).toBe(401);
    expect(m.inquirePrice).not.toHaveBeenCalled();
  });

  it("price: a viewer may ask (a read); the inquiry is parsed and sent for ?account= and ?region=", async () => {
    m.inquirePrice.mockResolvedValue({ kind: "renew", requestId: "r-1" });
    const q = { kind: "renew", InstanceIds: ["ins-aaaaaaaa"], Period: 3 };
    const res = await price.GET(req(`price?account=acc-2&region=ap-shanghai&q=${encodeURIComponent(JSON.stringify(q))}`));
    expect(res.status).toBe(200);
    expect(m.inquirePrice).toHaveBeenCalledWith({ accountId: "acc-2", region: "ap-shanghai", language: "en-US" }, { ...q, RenewPortableDataDisk: true });
  });

  it("price: malformed JSON, an unknown kind or a bad id is a 400, never a cloud call", async () => {
    for (const q of ["{", JSON.stringify({ kind: "buy" }), JSON.stringify({ kind: "terminate", InstanceIds: ["nope"] })]) {
      const res = await price.GET(req(`price?q=${encodeURIComponent(q)}`));
      expect(res.status, q).toBe(400);
      expect((await res.json()).error.message).toBe(en["ops.api.badParams"]);
    }
    expect(m.inquirePrice).not.toHaveBeenCalled();
  });

  it("an unknown ?account= is a 404", async () => {
    const res = await limits.GET(req("limits?account=acc-9&ids=ins-aaaaaaaa"));
    expect(res.status).toBe(404);
  });

  it("limits: INSTANCE_DEGRADE by default, at most 100 well-formed ids", async () => {
    m.describeOperationLimits.mockResolvedValue({ limits: {}, requestId: "r" });
    expect((await limits.GET(req("limits?ids=ins-aaaaaaaa,ins-bbbbbbbb"))).status).toBe(200);
    expect(m.describeOperationLimits).toHaveBeenCalledWith(where, ["ins-aaaaaaaa", "ins-bbbbbbbb"], "INSTANCE_DEGRADE");
    const many = Array.from({ length: 101 }, (_, i) => `ins-${String(i).padStart(8, "0")}`).join(",");
    expect((await limits.GET(req(`limits?ids=${many}`))).status).toBe(400);
    expect((await limits.GET(req("limits?ids=ins-aaaaaaaa&operation=DROP"))).status).toBe(400);
  });

  it("a Tencent error passes through as 502 with its code and RequestId", async () => {
    m.describeTypeChoices.mockRejectedValue(new CloudApiError({ code: "FailedOperation.ZoneInconsistent", message: "zones", requestId: "r-9" }));
    const res = await modification.GET(req("modification?id=ins-aaaaaaaa"));
    expect(res.status).toBe(502);
    expect((await res.json()).error).toEqual({ code: "FailedOperation.ZoneInconsistent", message: "zones", requestId: "r-9" });
  });

  it("options: only the known pickers", async () => {
    m.describeOptions.mockResolvedValue([]);
    expect((await options.GET(req("options?kind=keyPairs"))).status).toBe(200);
    expect((await options.GET(req("options?kind=users"))).status).toBe(400);
  });
});
