// One price model: what InquiryPriceRunInstances shows before a purchase is what the renew, charge-type, resize,
// type-change, reinstall and refund inquiries imply for the instance bought with that configuration.
import type { InquiryPriceRunInstancesRequest, RunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fen, startQuoteHarness, type QuoteHarness } from "../state/pricing-inputs/quote-harness.testing";

let h: QuoteHarness;
beforeAll(async () => {
  h = await startQuoteHarness();
});
afterAll(() => h.close());

const DAY = 86_400_000;
const CONFIG = {
  Placement: { Zone: "ap-guangzhou-3" },
  ImageId: "img-pmqg1cw7",
  InstanceType: "S5.LARGE8",
  SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 },
  DataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 100 }],
};
const prepaid = (Period: number, extra: Partial<RunInstancesRequest> = {}) => ({
  ...CONFIG,
  InstanceChargeType: "PREPAID",
  InstanceChargePrepaid: { Period },
  InternetAccessible: { InternetChargeType: "BANDWIDTH_PREPAID", InternetMaxBandwidthOut: 5 },
  ...extra,
});
const quoteRun = async (req: Partial<InquiryPriceRunInstancesRequest>) => (await h.sdk().InquiryPriceRunInstances({ ...CONFIG, ...req })).Price!;
/** Days left in a term, a started day counting as whole (pricing/price-change.ts remainingDays). */
const daysLeft = async (id: string) => {
  const [inst] = (await h.sdk().DescribeInstances({ InstanceIds: [id] })).InstanceSet!;
  return Math.ceil((Date.parse(inst.ExpiredTime!) - Date.now()) / DAY);
};

describe("purchase quote = renewal quote", () => {
  for (const period of [1, 12, 36]) {
    it(`InquiryPriceRenewInstances (${period} months) of an instance = InquiryPriceRunInstances of its configuration for ${period} months`, async () => {
      const id = await h.launch(prepaid(period));
      const bought = await quoteRun(prepaid(period));
      const renewal = (await h.sdk().InquiryPriceRenewInstances({ InstanceIds: [id], InstanceChargePrepaid: { Period: period } })).Price!;
      expect(renewal).toEqual(bought);
      expect(renewal.BandwidthPrice!.DiscountPrice).toBeGreaterThan(0);
    });
  }

  it("InquiryPriceRenewInstances of two instances = the sum of their purchase quotes", async () => {
    const a = await h.launch(prepaid(1));
    const b = await h.launch(prepaid(1, { InstanceType: "S5.2XLARGE16" }));
    const both = (await h.sdk().InquiryPriceRenewInstances({ InstanceIds: [a, b], InstanceChargePrepaid: { Period: 12 } })).Price!;
    const qa = await quoteRun(prepaid(12));
    const qb = await quoteRun(prepaid(12, { InstanceType: "S5.2XLARGE16" }));
    expect(fen(both.InstancePrice!.DiscountPrice)).toBe(fen(qa.InstancePrice!.DiscountPrice) + fen(qb.InstancePrice!.DiscountPrice));
    expect(fen(both.InstancePrice!.OriginalPrice)).toBe(fen(qa.InstancePrice!.OriginalPrice) + fen(qb.InstancePrice!.OriginalPrice));
    expect(both.InstancePrice!.Discount).toBe(83);
  });
});

describe("purchase quote = refund of a just-bought instance", () => {
  it("InquiryPriceTerminateInstances right after buying PREPAID for 12 months gives back exactly what the purchase quote charged", async () => {
    const id = await h.launch(prepaid(12));
    const paid = await quoteRun(prepaid(12));
    const [refund] = (await h.sdk().InquiryPriceTerminateInstances({ InstanceIds: [id] })).InstanceRefundsSet!;
    expect(fen(refund.Refunds)).toBe(fen(paid.InstancePrice!.DiscountPrice) + fen(paid.BandwidthPrice!.DiscountPrice));
    expect(refund.PriceDetail).toBe(`退款：${refund.Refunds}元，现金券： 0元,代金券/折扣券不退（全额退款;'}`);
  });

  it("InquiryPriceTerminateInstances after the 5 full-refund days: the paid amount for the whole days left, never more", async () => {
    const id = await h.launch(prepaid(1));
    const paid = fen((await quoteRun(prepaid(1))).InstancePrice!.DiscountPrice) + fen((await quoteRun(prepaid(1))).BandwidthPrice!.DiscountPrice);
    const [inst] = (await h.sdk().DescribeInstances({ InstanceIds: [id] })).InstanceSet!;
    const termDays = Math.round((Date.parse(inst.ExpiredTime!) - Date.parse(inst.CreatedTime!)) / DAY);
    h.elapse(10 * DAY + 3_600_000);
    const [refund] = (await h.sdk().InquiryPriceTerminateInstances({ InstanceIds: [id] })).InstanceRefundsSet!;
    const left = Math.floor((Date.parse(inst.ExpiredTime!) - Date.now()) / DAY);
    expect(fen(refund.Refunds)).toBe(Math.floor((paid * left) / termDays));
    expect(fen(refund.Refunds)).toBeLessThan(paid);
    expect(refund.PriceDetail).toContain("按剩余时长比例退款");
  });
});

describe("purchase quote = charge-type switch, resize, type change and reinstall quotes", () => {
  it("InquiryPriceModifyInstancesChargeType to PREPAID = the instance part of buying it PREPAID for that term", async () => {
    const id = await h.launch(CONFIG);
    const switched = (await h.sdk().InquiryPriceModifyInstancesChargeType({ InstanceIds: [id], InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 24 } })).Price!;
    expect(switched.InstancePrice).toEqual((await quoteRun({ InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 24 } })).InstancePrice);
    expect(switched.InstancePrice!.Discount).toBe(70);
  });

  it("InquiryPriceModifyInstancesChargeType to POSTPAID_BY_HOUR = the hourly purchase quote", async () => {
    const id = await h.launch(prepaid(1));
    const switched = (await h.sdk().InquiryPriceModifyInstancesChargeType({ InstanceIds: [id], InstanceChargeType: "POSTPAID_BY_HOUR" })).Price!;
    expect(switched.InstancePrice).toEqual((await quoteRun({ InstanceChargeType: "POSTPAID_BY_HOUR" })).InstancePrice);
  });

  it("InquiryPriceResizeInstanceDisks (postpaid) = the hourly purchase quote with the bigger disk", async () => {
    const id = await h.launch(CONFIG);
    const resized = (await h.sdk().InquiryPriceResizeInstanceDisks({ InstanceId: id, DataDisks: [{ DiskSize: 300 }] })).Price!;
    expect(resized.InstancePrice).toEqual((await quoteRun({ DataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 300 }] })).InstancePrice);
  });

  it("InquiryPriceResizeInstanceDisks (prepaid) = the monthly purchase difference for the days left", async () => {
    const id = await h.launch(prepaid(1));
    const resized = (await h.sdk().InquiryPriceResizeInstanceDisks({ InstanceId: id, SystemDisk: { DiskSize: 150 } })).Price!;
    const before = fen((await quoteRun(prepaid(1))).InstancePrice!.OriginalPrice);
    const after = fen((await quoteRun(prepaid(1, { SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 150 } }))).InstancePrice!.OriginalPrice);
    expect(fen(resized.InstancePrice!.OriginalPrice)).toBe(Math.round(((after - before) * (await daysLeft(id))) / 30));
  });

  it("InquiryPriceResetInstancesType (postpaid) = the hourly purchase quote of the new type with the same disks", async () => {
    const id = await h.launch(CONFIG);
    const changed = (await h.sdk().InquiryPriceResetInstancesType({ InstanceIds: [id], InstanceType: "S5.2XLARGE32" })).Price!;
    expect(changed.InstancePrice).toEqual((await quoteRun({ InstanceType: "S5.2XLARGE32" })).InstancePrice);
  });

  it("InquiryPriceResetInstancesType (prepaid, the seed's example S5.16XLARGE256) = the monthly difference for the days left", async () => {
    const id = await h.launch(prepaid(1));
    const changed = (await h.sdk().InquiryPriceResetInstancesType({ InstanceIds: [id], InstanceType: "S5.16XLARGE256" })).Price!;
    const month = async (t: string) => fen((await quoteRun(prepaid(1, { InstanceType: t }))).InstancePrice!.OriginalPrice);
    const diff = (await month("S5.16XLARGE256")) - (await month("S5.LARGE8"));
    expect(fen(changed.InstancePrice!.OriginalPrice)).toBe(Math.round((diff * (await daysLeft(id))) / 30));
    expect(changed.InstancePrice!.DiscountPrice).toBe(changed.InstancePrice!.OriginalPrice);
  });

  it("InquiryPriceResetInstance (the seed's example: InstanceId only) = the instance's hourly price for a postpaid one, free for a prepaid one", async () => {
    const postpaid = await h.launch(CONFIG);
    const reset = (await h.sdk().InquiryPriceResetInstance({ InstanceId: postpaid })).Price!;
    expect(reset.InstancePrice).toEqual((await quoteRun({})).InstancePrice);
    const monthly = await h.launch(prepaid(1));
    expect((await h.sdk().InquiryPriceResetInstance({ InstanceId: monthly })).Price!.InstancePrice!.DiscountPrice).toBe(0);
  });
});
