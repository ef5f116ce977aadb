import { describe, expect, it } from "vitest";
import { offer } from "./fixtures.testing";
import { applyEvents, cheapestByMode, EMPTY_MATRIX, errorSummary, priceOf, progressOf, sortRows, type MatrixState } from "./matrix";
import { buildRegionRows, hourlyPrice, upfrontPrice } from "./rows";
import { DEFAULT_SPEC } from "./spec";
import type { CellQuote, MatrixEvent } from "./types";

const region = { Region: "ap-guangzhou", RegionName: "Guangzhou" };
const zones = [{ Zone: "ap-guangzhou-3", ZoneName: "Guangzhou 3", ZoneState: "AVAILABLE" }];
const { rows, quotable } = buildRegionRows(
  region,
  zones,
  [
    offer("ap-guangzhou-3", "S5.MEDIUM4", "POSTPAID_BY_HOUR", 0.36, 198),
    offer("ap-guangzhou-3", "SA2.MEDIUM4", "POSTPAID_BY_HOUR", 0.3, 160),
    offer("ap-guangzhou-3", "S6.MEDIUM4", "POSTPAID_BY_HOUR", 0.4, 210),
    offer("ap-guangzhou-3", "S6.MEDIUM4", "PREPAID", 0.4, 210),
  ],
  DEFAULT_SPEC,
  "zones",
);
const id = (type: string, mode: string) => `ap-guangzhou|ap-guangzhou-3|${type}|${mode}`;
const quote = (amount: number, original = amount): CellQuote => ({ ...hourlyPrice(amount, original), requestId: `rid-${amount}` });

function streamed(events: MatrixEvent[][]): MatrixState {
  return events.reduce(applyEvents, EMPTY_MATRIX);
}

const state = streamed([
  [{ t: "start", regions: [region], at: "2026-01-01T00:00:00Z" }, { t: "rows", region: "ap-guangzhou", rows, quotable, closedZones: [] }],
  [
    { t: "quote", cell: id("S5.MEDIUM4", "hourly"), quote: quote(0.41, 0.5), imageId: "img-aaaaaaaa" },
    { t: "quote", cell: id("S6.MEDIUM4", "hourly"), quote: quote(0.39), imageId: "img-aaaaaaaa" },
  ],
  [{ t: "quoteError", cell: id("SA2.MEDIUM4", "hourly"), error: { code: "InvalidParameterValue.InvalidImageId", message: "no image" } }],
]);

describe("applyEvents", () => {
  it("folds batches into rows, quotes, errors and progress; the quoted image lands on the cell for its buy link", () => {
    expect(state.rows).toHaveLength(3);
    // Three hourly cells, and S6 prepaid for 1, 12 and 36 months.
    expect(progressOf(state)).toEqual({ done: 3, total: 6, failed: 1, regionsDone: 1, regions: 1 });
    expect(state.rows.find((r) => r.InstanceType === "S5.MEDIUM4")!.cells.hourly!.imageId).toBe("img-aaaaaaaa");
    expect(state.ended).toBe(false);
    expect(applyEvents(state, [{ t: "end" }]).ended).toBe(true);
  });

  it("a region that fails is loaded with its error, without rows", () => {
    const s = applyEvents(EMPTY_MATRIX, [{ t: "regionError", region: "ap-seoul", error: { code: "UnauthorizedOperation", message: "no" } }]);
    expect(s.loaded).toEqual(["ap-seoul"]);
    expect(s.regionErrors["ap-seoul"].code).toBe("UnauthorizedOperation");
  });

  it("returns the same state for an empty batch and never mutates the previous one", () => {
    expect(applyEvents(state, [])).toBe(state);
    const before = Object.keys(state.quotes).length;
    applyEvents(state, [{ t: "quote", cell: id("S6.MEDIUM4", "month1"), quote: { ...upfrontPrice(200, 210, 1), requestId: "r" }, imageId: "img-aaaaaaaa" }]);
    expect(Object.keys(state.quotes)).toHaveLength(before);
  });
});

describe("priceOf", () => {
  it("an unquoted cell's estimate gains what disks and bandwidth cost in its zone and mode, learnt from a quoted cell", () => {
    const sa2 = state.rows.find((r) => r.InstanceType === "SA2.MEDIUM4")!.cells.hourly!;
    // S5 was quoted 0.41 against its catalogue 0.36: the extras there cost 0.05 an hour.
    expect(priceOf(state, sa2)).toEqual({ price: expect.objectContaining({ unit: "hour", amount: 0.35 }), exact: false });
    expect(priceOf({ quotes: {} }, sa2).price.amount).toBe(0.3);
    const s6 = state.rows.find((r) => r.InstanceType === "S6.MEDIUM4")!.cells.hourly!;
    expect(priceOf(state, s6)).toEqual({ price: expect.objectContaining({ amount: 0.39 }), exact: true });
  });
});

describe("sortRows", () => {
  it("sorts a mode by exact price where quoted, else by the estimate; cells without a price go last either way", () => {
    const types = (key: Parameters<typeof sortRows>[2], dir: "asc" | "desc") => sortRows(state, state.rows, key, dir).map((r) => r.InstanceType);
    // SA2 has no quote (its inquiry failed): its estimate (0.30, plus the zone's 0.05 of extras) still sorts it.
    expect(types("hourly", "asc")).toEqual(["SA2.MEDIUM4", "S6.MEDIUM4", "S5.MEDIUM4"]);
    expect(types("hourly", "desc")).toEqual(["S5.MEDIUM4", "S6.MEDIUM4", "SA2.MEDIUM4"]);
    // Only S6 sells prepaid: the others have no price in this column and stay at the end in both directions.
    expect(types("month1", "asc")[0]).toBe("S6.MEDIUM4");
    expect(types("month1", "desc")[0]).toBe("S6.MEDIUM4");
    expect(types("type", "asc")).toEqual(["S5.MEDIUM4", "S6.MEDIUM4", "SA2.MEDIUM4"]);
  });
});

describe("cheapestByMode", () => {
  it("is the cheapest exactly quoted cell of each mode, ignoring estimates", () => {
    const best = cheapestByMode(state);
    expect([...best.hourly!.ids]).toEqual([id("S6.MEDIUM4", "hourly")]);
    expect(best.hourly!.quote.amount).toBe(0.39);
    expect(best.month1).toBeUndefined();
  });

  it("marks every cell of a tie", () => {
    const tie = applyEvents(state, [{ t: "quote", cell: id("SA2.MEDIUM4", "hourly"), quote: quote(0.39), imageId: "img-aaaaaaaa" }]);
    expect(cheapestByMode(tie).hourly!.ids.size).toBe(2);
  });
});

describe("errorSummary", () => {
  it("groups cell errors by code, most frequent first", () => {
    const e = (code: string) => ({ code, message: code });
    expect(errorSummary({ a: e("X"), b: e("Y"), c: e("Y") })).toEqual([
      { code: "Y", message: "Y", count: 2 },
      { code: "X", message: "X", count: 1 },
    ]);
  });
});
