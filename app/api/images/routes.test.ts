// The GET routes of the Images and Hosts pages: viewer role inside (getConsoleContext), ?region= checked, the
// session's account used, parameters the UI never builds refused with 400 before any cloud call.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { AuthError } from "@/server/auth/errors";
import { CloudApiError } from "@/server/cvm/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";

const m = vi.hoisted(() => ({
  getConsoleContext: vi.fn(),
  listImages: vi.fn(),
  describeSyncCopies: vi.fn(),
  describeImageShares: vi.fn(),
  quoteHostRenewal: vi.fn(),
  listHosts: vi.fn(),
}));
vi.mock("@/server/context", () => ({ getConsoleContext: m.getConsoleContext }));
vi.mock("@/server/queries/images", () => ({ listImages: m.listImages, describeSyncCopies: m.describeSyncCopies, describeImageShares: m.describeImageShares }));
vi.mock("@/server/queries/hosts", () => ({ quoteHostRenewal: m.quoteHostRenewal, listHosts: m.listHosts }));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const images = await import("./route");
const sync = await import("./sync/route");
const shares = await import("./[id]/shares/route");
const price = await import("../hosts/price/route");
const hosts = await import("../hosts/route");
const req = (path: string) => new NextRequest(`http://localhost${path}`);
const ctx = { account: { id: "acc-1" }, locale: "en-US", region: "ap-guangzhou" };

beforeEach(() => {
  for (const fn of Object.values(m)) fn.mockReset();
  m.getConsoleContext.mockResolvedValue(ctx);
});

describe("GET /api/images and /api/hosts", () => {
  it("answer 401 to a signed-out caller without touching the cloud", async () => {
    m.getConsoleContext.mockRejectedValue(new AuthError(401, "UNAUTHENTICATED", "Sign in"));
    expect((await images.GET(req("/api/images?tab=private"))).status).toBe(401);
    expect((await hosts.GET(req("/api/hosts"))).status).toBe(401);
    expect(m.listImages).not.toHaveBeenCalled();
    expect(m.listHosts).not.toHaveBeenCalled();
  });

  it("list one tab's image type in ?region= (default: the header's region) for the session's account", async () => {
    m.listImages.mockResolvedValue({ ImageSet: [], TotalCount: 0, asOf: "x" });
    expect((await images.GET(req("/api/images?tab=shared&region=ap-shanghai"))).status).toBe(200);
    expect(m.listImages).toHaveBeenCalledWith("acc-1", "ap-shanghai", "SHARED_IMAGE");
    await images.GET(req("/api/images"));
    expect(m.listImages).toHaveBeenLastCalledWith("acc-1", "ap-guangzhou", "PRIVATE_IMAGE");
  });

  it("refuse what the UI never sends with 400: an unknown tab, a bad region, malformed copies, ids or periods", async () => {
    expect((await images.GET(req("/api/images?tab=marketplace"))).status).toBe(400);
    expect((await images.GET(req("/api/images?region=../x"))).status).toBe(400);
    expect((await sync.GET(req("/api/images/sync?copies=ap-shanghai:img-<x>"))).status).toBe(400);
    expect((await sync.GET(req("/api/images/sync"))).status).toBe(400);
    expect((await shares.GET(req("/api/images/x/shares"), { params: Promise.resolve({ id: "x" }) })).status).toBe(400);
    expect((await price.GET(req("/api/hosts/price?ids=host-abcdefgh&period=13"))).status).toBe(400);
    expect((await price.GET(req("/api/hosts/price?ids=nope&period=1"))).status).toBe(400);
    expect(m.describeSyncCopies).not.toHaveBeenCalled();
    expect(m.quoteHostRenewal).not.toHaveBeenCalled();
  });

  it("look each copy up in its own region", async () => {
    m.describeSyncCopies.mockResolvedValue([]);
    await sync.GET(req("/api/images/sync?copies=ap-shanghai:img-11111111,ap-beijing:img-22222222"));
    expect(m.describeSyncCopies).toHaveBeenCalledWith("acc-1", [
      { Region: "ap-shanghai", ImageId: "img-11111111" },
      { Region: "ap-beijing", ImageId: "img-22222222" },
    ]);
  });

  it("pass a Tencent error through as 502 with its code and RequestId", async () => {
    m.quoteHostRenewal.mockRejectedValue(new CloudApiError({ code: "InvalidHost.NotSupported", message: "pending", requestId: "rid-7" }));
    const res = await price.GET(req("/api/hosts/price?ids=host-abcdefgh&period=1"));
    expect(res.status).toBe(502);
    expect((await res.json()).error).toEqual({ code: "InvalidHost.NotSupported", message: "pending", requestId: "rid-7" });
  });
});
