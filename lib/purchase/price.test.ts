import { describe, expect, it } from "vitest";
import { buildPriceView, type PriceAnswer } from "./price";

const hourly = (unit: number, paid = unit, chargeUnit = "HOUR") => ({ UnitPrice: unit, UnitPriceDiscount: paid, ChargeUnit: chargeUnit, OriginalPrice: 0, DiscountPrice: 0 });
const once = (original: number, paid: number) => ({ UnitPrice: 0, ChargeUnit: "HOUR", OriginalPrice: original, DiscountPrice: paid });
const answer = (InstancePrice: object, BandwidthPrice?: object, RequestId = "req-1"): PriceAnswer => ({ Price: { InstancePrice, BandwidthPrice: BandwidthPrice ?? null }, RequestId });

describe("the itemised price of an InquiryPriceRunInstances answer", () => {
  it("pay-as-you-go: hourly total, a month of 720 hours, per instance", () => {
    const v = buildPriceView(answer(hourly(1.46), hourly(0.8, 0.8, "GB")), undefined, 2);
    expect(v.total).toEqual({ mode: "hourly", amount: 1.46, original: 1.46 });
    expect(v.monthly).toBe(1051.2);
    expect(v.perInstance).toBe(0.73);
    // Traffic is billed per GB: shown, never added to the hourly total.
    expect(v.lines.map((l) => [l.item, l.mode])).toEqual([
      ["instance", "hourly"],
      ["bandwidth", "perGB"],
    ]);
  });

  it("data disks are the difference to the same inquiry without them", () => {
    const v = buildPriceView(answer(hourly(1.5)), answer(hourly(1.2), undefined, "req-2"), 1);
    expect(v.lines).toEqual([
      { item: "instance", mode: "hourly", amount: 1.2, original: 1.2 },
      { item: "disks", mode: "hourly", amount: 0.3, original: 0.3 },
    ]);
    expect(v.total.amount).toBe(1.5);
    expect(v.requestIds).toEqual(["req-1", "req-2"]);
  });

  it("prepaid: one-off totals with the discount, spread per month over the period", () => {
    const v = buildPriceView(answer(once(5189.28, 4307.1), once(12600, 10458)), undefined, 2, 12);
    expect(v.total).toEqual({ mode: "once", amount: 14765.1, original: 17789.28 });
    expect(v.monthly).toBe(1230.43);
  });

  it("spot: the discounted unit price against the list price", () => {
    const v = buildPriceView(answer(hourly(0.78, 0.2)), undefined, 2);
    expect(v.total).toEqual({ mode: "hourly", amount: 0.2, original: 0.78 });
  });

  it("no public bandwidth: no bandwidth line", () => {
    expect(buildPriceView(answer(hourly(1), hourly(0)), undefined, 1).lines.map((l) => l.item)).toEqual(["instance"]);
  });
});
