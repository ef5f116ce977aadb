import { describe, expect, it } from "vitest";
import { offer } from "./fixtures.testing";
import { buildRegionRows, estimateOf, quoteOrder } from "./rows";
import { DEFAULT_SPEC } from "./spec";

const region = { Region: "ap-guangzhou", RegionName: "Guangzhou" };
const zones = [
  { Zone: "ap-guangzhou-3", ZoneName: "Guangzhou 3", ZoneState: "AVAILABLE" },
  { Zone: "ap-guangzhou-4", ZoneName: "Guangzhou 4", ZoneState: "AVAILABLE" },
  { Zone: "ap-guangzhou-1", ZoneName: "Guangzhou 1", ZoneState: "UNAVAILABLE" },
];
const all = (zone: string, type: string, hourly: number, month: number) =>
  ["POSTPAID_BY_HOUR", "PREPAID", "SPOTPAID"].map((c) => offer(zone, type, c, hourly, month));
const catalog = [
  ...all("ap-guangzhou-3", "S5.MEDIUM4", 0.36, 198),
  ...all("ap-guangzhou-4", "S5.MEDIUM4", 0.34, 190),
  ...all("ap-guangzhou-3", "SA2.MEDIUM4", 0.3, 160),
  ...all("ap-guangzhou-1", "S5.MEDIUM4", 0.1, 50), // a closed zone: left out however cheap
  offer("ap-guangzhou-3", "S5.LARGE8", "PREPAID", 0.7, 390, { Cpu: 4, Memory: 8 }), // another shape
];

describe("buildRegionRows", () => {
  it("zone scope: a row per (type, open zone) of the spec's shape, a cell per charge mode it sells with", () => {
    const { rows, quotable, closedZones } = buildRegionRows(region, zones, catalog, DEFAULT_SPEC, "zones");
    expect(rows.map((r) => r.id)).toEqual(["ap-guangzhou|ap-guangzhou-3|S5.MEDIUM4", "ap-guangzhou|ap-guangzhou-4|S5.MEDIUM4", "ap-guangzhou|ap-guangzhou-3|SA2.MEDIUM4"]);
    expect(Object.keys(rows[0].cells).sort()).toEqual(["hourly", "month1", "month12", "month36", "spot"]);
    expect(quotable).toBe(15);
    expect(closedZones).toEqual(["ap-guangzhou-1"]);
    expect(rows[0]).toMatchObject({ zone: "ap-guangzhou-3", zoneName: "Guangzhou 3", regionName: "Guangzhou" });
  });

  it("region scope: a row per type, each mode's cell in the zone where it is cheapest", () => {
    const { rows } = buildRegionRows(region, zones, catalog, DEFAULT_SPEC, "regions");
    const s5 = rows.find((r) => r.InstanceType === "S5.MEDIUM4")!;
    expect(s5.zone).toBeUndefined();
    expect(s5.cells.hourly?.zone).toBe("ap-guangzhou-4");
    expect(s5.cells.month12?.zone).toBe("ap-guangzhou-4");
  });

  it("region scope prefers a zone that sells over a cheaper sold-out one, and is not quoted when none sells", () => {
    const soldOut = catalog.map((o) => (o.Zone === "ap-guangzhou-4" ? { ...o, Status: "SOLD_OUT", SoldOutReason: "no stock" } : o));
    const { rows } = buildRegionRows(region, zones, soldOut, DEFAULT_SPEC, "regions");
    expect(rows.find((r) => r.InstanceType === "S5.MEDIUM4")!.cells.hourly).toMatchObject({ zone: "ap-guangzhou-3", status: "SELL" });
    const none = buildRegionRows(region, zones, catalog.map((o) => ({ ...o, Status: "SOLD_OUT" })), DEFAULT_SPEC, "regions");
    expect(none.quotable).toBe(0);
  });
});

describe("estimateOf", () => {
  it("hourly and spot per hour with a month of 720 hours; prepaid terms as totals spread over their months", () => {
    expect(estimateOf(offer("z", "S5.MEDIUM4", "POSTPAID_BY_HOUR", 0.36, 198), "hourly")).toEqual({ unit: "hour", amount: 0.36, original: 0.36, months: 0, monthly: 259.2, monthlyOriginal: 259.2 });
    expect(estimateOf(offer("z", "S5.MEDIUM4", "SPOTPAID", 0.5, 198), "spot")).toMatchObject({ amount: 0.1, original: 0.5 });
    expect(estimateOf(offer("z", "S5.MEDIUM4", "PREPAID", 0.36, 100), "month12")).toMatchObject({ unit: "once", amount: 996, original: 1200, months: 12, monthly: 83 });
    const noTerms = offer("z", "S5.MEDIUM4", "PREPAID", 0.36, 100);
    noTerms.Price.DiscountPriceThreeYear = 0;
    expect(estimateOf(noTerms, "month36")).toMatchObject({ amount: 3600, months: 36, monthly: 100 });
  });
});

describe("quoteOrder", () => {
  it("asks each mode's cheapest estimate first, then each mode's second, and never a sold-out cell", () => {
    const { rows } = buildRegionRows(region, zones, catalog, DEFAULT_SPEC, "zones");
    rows[1].cells.spot!.status = "SOLD_OUT";
    const order = quoteOrder(rows);
    expect(order).toHaveLength(14);
    expect(order.slice(0, 5).map((o) => o.cell.mode)).toEqual(["hourly", "month1", "month12", "month36", "spot"]);
    expect(order.slice(0, 5).every((o) => o.row.InstanceType === "SA2.MEDIUM4")).toBe(true);
    expect(order.some((o) => o.cell.id === rows[1].cells.spot!.id)).toBe(false);
  });
});
