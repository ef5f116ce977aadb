import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { AuthError } from "@/server/auth/errors";
import { CloudApiError } from "@/server/cvm/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";
import { defaultConfig } from "@/lib/purchase/config";
import { toInquiryRequest } from "@/lib/purchase/request";

const m = vi.hoisted(() => ({ getConsoleContext: vi.fn(), inquireRunPrice: vi.fn(), describeTypeOffers: vi.fn(), describePurchaseOptions: vi.fn() }));
vi.mock("@/server/context", () => ({ getConsoleContext: m.getConsoleContext }));
vi.mock("@/server/queries/purchase", () => ({
  inquireRunPrice: m.inquireRunPrice,
  describeTypeOffers: m.describeTypeOffers,
  describePurchaseOptions: m.describePurchaseOptions,
}));
vi.mock("@/lib/i18n/server", () => ({ getI18n: async () => ({ locale: "en-US", t: createTranslator(en), messages: en }) }));

const price = (await import("./price/route")).GET;
const offers = (await import("./offers/route")).GET;
const options = (await import("./options/route")).GET;
const req = (path: string) => new NextRequest(`http://localhost/api/purchase/${path}`);
const ctx = { account: { id: "acc-1" }, locale: "en-US", region: "ap-guangzhou" };
const inquiry = toInquiryRequest({ ...defaultConfig("ap-guangzhou"), zone: "ap-guangzhou-3", instanceType: "S5.MEDIUM4", imageId: "img-eb30mz89" });
const q = encodeURIComponent(JSON.stringify(inquiry));

beforeEach(() => {
  for (const fn of Object.values(m)) fn.mockReset();
  m.getConsoleContext.mockResolvedValue(ctx);
});

describe("GET /api/purchase/*", () => {
  it("answers 401 to a signed-out caller without asking the cloud", async () => {
    m.getConsoleContext.mockRejectedValue(new AuthError(401, "UNAUTHENTICATED", "Sign in to continue"));
    const res = await price(req(`price?region=ap-guangzhou&q=${q}`));
    expect(res.status).toBe(401);
    expect(m.inquireRunPrice).not.toHaveBeenCalled();
  });

  it("prices exactly the checked inquiry in ?region=", async () => {
    m.inquireRunPrice.mockResolvedValue({ Price: { InstancePrice: { UnitPrice: 1 } }, RequestId: "r1" });
    const res = await price(req(`price?account=acc-1&region=ap-guangzhou&q=${q}`));
    expect(res.status).toBe(200);
    expect(m.inquireRunPrice).toHaveBeenCalledWith({ accountId: "acc-1", region: "ap-guangzhou", language: "en-US" }, inquiry);
  });

  it("refuses an inquiry carrying anything the wizard never prices (a password, say) with 400", async () => {
    const smuggled = encodeURIComponent(JSON.stringify({ ...inquiry, LoginSettings: { Password: "x" } }));
    const res = await price(req(`price?q=${smuggled}`));
    expect(res.status).toBe(400);
    expect(m.inquireRunPrice).not.toHaveBeenCalled();
  });

  it("passes a Tencent refusal (the quota, say) through as 502 with its code and RequestId", async () => {
    m.inquireRunPrice.mockRejectedValue(new CloudApiError({ code: "LimitExceeded.SpotQuota", message: "no quota", requestId: "r2" }));
    const res = await price(req(`price?q=${q}`));
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ error: { code: "LimitExceeded.SpotQuota", message: "no quota", requestId: "r2" } });
  });

  it("answers 409 when the key names an account that is no longer the session's", async () => {
    const res = await offers(req("offers?account=acc-OLD&zone=ap-guangzhou-3&charge=PREPAID"));
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe("AccountChanged");
    expect(m.describeTypeOffers).not.toHaveBeenCalled();
  });

  it("checks the zone, charge type and picker kind before asking", async () => {
    expect((await offers(req("offers?zone=../x&charge=PREPAID"))).status).toBe(400);
    expect((await offers(req("offers?zone=ap-guangzhou-3&charge=FREE"))).status).toBe(400);
    expect((await options(req("options?kind=users"))).status).toBe(400);
    m.describeTypeOffers.mockResolvedValue([]);
    const res = await offers(req("offers?zone=ap-guangzhou-3&charge=SPOTPAID"));
    expect(await res.json()).toEqual({ zone: "ap-guangzhou-3", chargeType: "SPOTPAID", TypeSet: [] });
  });
});
