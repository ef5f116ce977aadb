import { describe, expect, it } from "vitest";
import { formatMoney, itemQuote, sumQuotes, totalRefund } from "./price";

describe("itemQuote", () => {
  it("a prepaid price is the discounted total, with the original when it differs", () => {
    expect(itemQuote({ OriginalPrice: 100, DiscountPrice: 80 })).toEqual({ amount: 80, original: 100, hourly: false });
    expect(itemQuote({ OriginalPrice: 80, DiscountPrice: 80 })).toEqual({ amount: 80, hourly: false });
  });

  it("a postpaid price is the hourly unit price (UnitPriceDiscount, else UnitPrice)", () => {
    expect(itemQuote({ UnitPrice: 0.5, UnitPriceDiscount: 0.4, ChargeUnit: "HOUR" })).toEqual({ amount: 0.4, original: 0.5, hourly: true });
    expect(itemQuote({ UnitPrice: 0.5, ChargeUnit: "HOUR" })).toEqual({ amount: 0.5, hourly: true });
  });

  it("nulls (seed: 此字段可能返回 null) and a missing item give no quote", () => {
    expect(itemQuote(null)).toBeUndefined();
    expect(itemQuote({ DiscountPrice: null, UnitPrice: null })).toBeUndefined();
  });
});

describe("sumQuotes", () => {
  it("adds the chunks of one batch and keeps every RequestId", () => {
    const sum = sumQuotes([
      { kind: "renew", instance: { amount: 10.1, hourly: false }, requestId: "r1" },
      { kind: "renew", instance: { amount: 20.2, original: 25, hourly: false }, bandwidth: { amount: 1, hourly: false }, requestId: "r2" },
    ]);
    expect(sum).toEqual({
      kind: "renew",
      instance: { amount: 30.3, original: 35.1, hourly: false },
      bandwidth: { amount: 1, hourly: false },
      requestIds: ["r1", "r2"],
    });
  });

  it("concatenates refunds; totalRefund adds them", () => {
    const sum = sumQuotes([
      { kind: "terminate", refunds: [{ InstanceId: "ins-a", Refunds: 12.5 }], requestId: "r1" },
      { kind: "terminate", refunds: [{ InstanceId: "ins-b", Refunds: 0.25 }], requestId: "r2" },
    ]);
    expect(sum?.refunds).toHaveLength(2);
    expect(totalRefund(sum?.refunds)).toBe(12.75);
  });

  it("nothing asked: no total", () => {
    expect(sumQuotes([])).toBeNull();
  });
});

describe("formatMoney", () => {
  it("formats CNY with two decimals", () => {
    expect(formatMoney(1234.5, "en-US")).toBe("CN¥1,234.50");
    expect(formatMoney(1234.5, "zh-CN")).toBe("¥1,234.50");
  });
});
