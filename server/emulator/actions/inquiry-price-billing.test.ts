// InquiryPriceRenewInstances, InquiryPriceModifyInstancesChargeType and InquiryPriceTerminateInstances: output shape
// and documented refusals, through the official SDK.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shapeErrors } from "../catalog/compute/seed-structures.testing";
import { expectError } from "../state/pricing-inputs/quote-testing";
import { startQuoteHarness, type QuoteHarness } from "../state/pricing-inputs/quote-harness.testing";

let h: QuoteHarness;
beforeAll(async () => {
  h = await startQuoteHarness();
});
afterAll(() => h.close());

const PREPAID_1 = { InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1 } };
const COMPLETE_PRICE = new Set(["Price", "ItemPrice"]);
const ids = (n: number) => Array.from({ length: n }, (_, i) => `ins-${String(i).padStart(8, "0")}`);

describe("InquiryPriceRenewInstances", () => {
  const ACTION = "InquiryPriceRenewInstances";
  const renew = (InstanceIds: string[], Period = 1, extra = {}) => h.sdk().InquiryPriceRenewInstances({ InstanceIds, InstanceChargePrepaid: { Period }, ...extra });

  it("InquiryPriceRenewInstances: the seed's example (Period 1) answers a complete Price with the month's OriginalPrice and DiscountPrice", async () => {
    const id = await h.launch(PREPAID_1);
    const { Price } = await renew([id]);
    expect(shapeErrors(Price, "Price", { complete: COMPLETE_PRICE })).toEqual([]);
    expect(Price!.InstancePrice!.OriginalPrice).toBeGreaterThan(0);
    expect(Price!.InstancePrice!.DiscountPrice).toBe(Price!.InstancePrice!.OriginalPrice);
    expect(Price!.InstancePrice!.Discount).toBe(100);
  });

  it("InquiryPriceRenewInstances: a 5-year renewal is priced at the 5-year discount (Discount 32)", async () => {
    const id = await h.launch(PREPAID_1);
    const one = (await renew([id], 1)).Price!.InstancePrice!;
    const five = (await renew([id], 60)).Price!.InstancePrice!;
    expect(five.OriginalPrice).toBeCloseTo(one.OriginalPrice! * 60, 2);
    expect(five).toMatchObject({ Discount: 32, DiscountPrice: Math.round(five.OriginalPrice! * 32) / 100 });
  });

  it("InquiryPriceRenewInstances: an instance in the recycle bin (SHUTDOWN) can be priced for renewal", async () => {
    const id = await h.launch(PREPAID_1);
    await h.sdk().TerminateInstances({ InstanceIds: [id] });
    const [inst] = (await h.sdk().DescribeInstances({ InstanceIds: [id] })).InstanceSet!;
    expect(inst.InstanceState).toBe("SHUTDOWN");
    expect((await renew([id])).Price!.InstancePrice!.DiscountPrice).toBeGreaterThan(0);
  });

  it("InquiryPriceRenewInstances: a POSTPAID_BY_HOUR instance → InvalidInstance.NotSupported", async () => {
    await expectError(ACTION, renew([await h.launch()]), "InvalidInstance.NotSupported");
  });

  it("InquiryPriceRenewInstances: PREPAID and POSTPAID_BY_HOUR together → InvalidParameterValue.InstanceNotSupportedMixPricingModel", async () => {
    await expectError(ACTION, renew([await h.launch(PREPAID_1), await h.launch()]), "InvalidParameterValue.InstanceNotSupportedMixPricingModel");
  });

  it("InquiryPriceRenewInstances: a Period outside 1–12, 24, 36, 48, 60 → InvalidPeriod", async () => {
    await expectError(ACTION, renew([await h.launch(PREPAID_1)], 13), "InvalidPeriod");
  });

  it("InquiryPriceRenewInstances: a still-PENDING instance → UnsupportedOperation.InstanceStatePending", async () => {
    h.speed({ mode: "realistic" });
    try {
      await expectError(ACTION, renew([await h.launch(PREPAID_1)]), "UnsupportedOperation.InstanceStatePending");
    } finally {
      h.speed({ mode: "instant" });
    }
  });

  it("InquiryPriceRenewInstances: DryRun checks everything and answers DryRunOperation", async () => {
    const id = await h.launch(PREPAID_1);
    await expectError(ACTION, renew([id], 1, { DryRun: true }), "DryRunOperation");
    await expectError(ACTION, renew([id], 0, { DryRun: true }), "InvalidPeriod");
  });

  it("InquiryPriceRenewInstances: ids: malformed → InvalidInstanceId.Malformed, unknown → InvalidInstanceId.NotFound, 101 → InvalidParameterValue.LimitExceeded", async () => {
    await expectError(ACTION, renew(["ins-1122"]), "InvalidInstanceId.Malformed");
    await expectError(ACTION, renew(["ins-2zvpghhc"]), "InvalidInstanceId.NotFound");
    await expectError(ACTION, renew(ids(101)), "InvalidParameterValue.LimitExceeded");
  });
});

describe("InquiryPriceModifyInstancesChargeType", () => {
  const ACTION = "InquiryPriceModifyInstancesChargeType";
  const modify = (InstanceIds: string[], InstanceChargeType: string, Period?: number) =>
    h.sdk().InquiryPriceModifyInstancesChargeType({ InstanceIds, InstanceChargeType, ...(Period !== undefined ? { InstanceChargePrepaid: { Period } } : {}) });

  it("InquiryPriceModifyInstancesChargeType: the seed's example (PREPAID, Period 1) answers a complete Price; the bandwidth keeps its billing", async () => {
    const id = await h.launch({ InternetAccessible: { InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: 10 } });
    const { Price } = await modify([id], "PREPAID", 1);
    expect(shapeErrors(Price, "Price", { complete: COMPLETE_PRICE })).toEqual([]);
    expect(Price!.InstancePrice).toMatchObject({ Discount: 100, UnitPrice: 0 });
    expect(Price!.InstancePrice!.DiscountPrice).toBe(Price!.InstancePrice!.OriginalPrice);
    expect(Price!.BandwidthPrice!.UnitPrice).toBe(0);
  });

  it("InquiryPriceModifyInstancesChargeType: a batch is the sum of its instances", async () => {
    const [a, b] = [await h.launch(), await h.launch()];
    const one = (await modify([a], "PREPAID", 3)).Price!.InstancePrice!;
    const two = (await modify([a, b], "PREPAID", 3)).Price!.InstancePrice!;
    expect(Math.round(two.OriginalPrice! * 100)).toBe(2 * Math.round(one.OriginalPrice! * 100));
  });

  it("InquiryPriceModifyInstancesChargeType: PREPAID without InstanceChargePrepaid → MissingParameter; Period 0 → InvalidPeriod", async () => {
    const id = await h.launch();
    await expectError(ACTION, modify([id], "PREPAID"), "MissingParameter");
    await expectError(ACTION, modify([id], "PREPAID", 0), "InvalidPeriod");
  });

  it("InquiryPriceModifyInstancesChargeType: a target outside PREPAID / POSTPAID_BY_HOUR → InvalidParameterValue", async () => {
    await expectError(ACTION, modify([await h.launch()], "SPOTPAID"), "InvalidParameterValue");
  });

  it("InquiryPriceModifyInstancesChargeType: already of the target type, or a spot instance → UnsupportedOperation.InstanceChargeType", async () => {
    await expectError(ACTION, modify([await h.launch()], "POSTPAID_BY_HOUR"), "UnsupportedOperation.InstanceChargeType");
    const spot = await h.launch({ InstanceType: "S5.MEDIUM4", InstanceChargeType: "SPOTPAID" });
    await expectError(ACTION, modify([spot], "PREPAID", 1), "UnsupportedOperation.InstanceChargeType");
  });

  it("InquiryPriceModifyInstancesChargeType: 101 ids → InvalidParameterValue.LimitExceeded; unknown → InvalidInstanceId.NotFound", async () => {
    await expectError(ACTION, modify(ids(101), "PREPAID", 1), "InvalidParameterValue.LimitExceeded");
    await expectError(ACTION, modify(["ins-r8hr2upy"], "PREPAID", 1), "InvalidInstanceId.NotFound");
  });
});

describe("InquiryPriceTerminateInstances", () => {
  const ACTION = "InquiryPriceTerminateInstances";
  const refunds = (InstanceIds: string[]) => h.sdk().InquiryPriceTerminateInstances({ InstanceIds });

  it("InquiryPriceTerminateInstances: one InstanceRefund per instance, in order; postpaid instances get 0", async () => {
    const [a, b] = [await h.launch(), await h.launch()];
    const set = (await refunds([a, b])).InstanceRefundsSet!;
    expect(set.map((r) => r.InstanceId)).toEqual([a, b]);
    for (const r of set) {
      expect(shapeErrors(r, "InstanceRefund")).toEqual([]);
      expect(r.Refunds).toBe(0);
      expect(r.PriceDetail).toMatch(/^退款：0元/);
    }
  });

  it("InquiryPriceTerminateInstances: a prepaid instance already in the recycle bin gets 0", async () => {
    const id = await h.launch(PREPAID_1);
    expect((await refunds([id])).InstanceRefundsSet![0].Refunds).toBeGreaterThan(0);
    await h.sdk().TerminateInstances({ InstanceIds: [id] });
    expect((await refunds([id])).InstanceRefundsSet![0].Refunds).toBe(0);
  });

  it("InquiryPriceTerminateInstances: an instance being terminated → FailedOperation.Unreturnable", async () => {
    const id = await h.launch();
    h.speed({ mode: "realistic" });
    try {
      await h.sdk().TerminateInstances({ InstanceIds: [id] });
      await expectError(ACTION, refunds([id]), "FailedOperation.Unreturnable");
    } finally {
      h.speed({ mode: "instant" });
    }
  });

  it("InquiryPriceTerminateInstances: PREPAID and POSTPAID_BY_HOUR together → UnsupportedOperation.InstanceMixedPricingModel", async () => {
    await expectError(ACTION, refunds([await h.launch(PREPAID_1), await h.launch()]), "UnsupportedOperation.InstanceMixedPricingModel");
  });

  it("InquiryPriceTerminateInstances: the seed's example id is unknown here → InvalidInstanceId.NotFound; 101 ids → InvalidParameterValue.LimitExceeded", async () => {
    await expectError(ACTION, refunds(["ins-rfmme2si"]), "InvalidInstanceId.NotFound");
    await expectError(ACTION, refunds(ids(101)), "InvalidParameterValue.LimitExceeded");
  });
});
