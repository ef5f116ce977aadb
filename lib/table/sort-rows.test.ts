import { describe, expect, it } from "vitest";
import { ariaSort, compareValues, nextSort, sortRows, type SortValue } from "./sort-rows";

type R = { id: string; v: SortValue };
const rows = (...vs: SortValue[]): R[] => vs.map((v, i) => ({ id: `r${i}`, v }));
const values = (rs: R[]) => rs.map((r) => r.v);
const byV = (r: R) => r.v;

describe("nextSort", () => {
  it("cycles one column asc → desc → none", () => {
    const asc = nextSort(null, "name");
    expect(asc).toEqual({ column: "name", direction: "asc" });
    const desc = nextSort(asc, "name");
    expect(desc).toEqual({ column: "name", direction: "desc" });
    expect(nextSort(desc, "name")).toBeNull();
  });

  it("starts another column at ascending, whatever the current direction", () => {
    expect(nextSort({ column: "name", direction: "desc" }, "created")).toEqual({ column: "created", direction: "asc" });
  });
});

describe("ariaSort", () => {
  it("names the direction on the sorted column only", () => {
    expect(ariaSort({ column: "name", direction: "asc" }, "name")).toBe("ascending");
    expect(ariaSort({ column: "name", direction: "desc" }, "name")).toBe("descending");
    expect(ariaSort({ column: "name", direction: "asc" }, "id")).toBeUndefined();
    expect(ariaSort(null, "name")).toBeUndefined();
  });
});

describe("compareValues", () => {
  it("compares numbers as numbers, not as text", () => {
    expect(compareValues(9, 10)).toBeLessThan(0);
    expect(compareValues(100, 20)).toBeGreaterThan(0);
  });

  it("compares strings naturally: digit runs by value, case ignored", () => {
    expect(compareValues("v9", "v10")).toBeLessThan(0);
    expect(compareValues("ap-guangzhou-10", "ap-guangzhou-3")).toBeGreaterThan(0);
    expect(compareValues("alpha", "Beta")).toBeLessThan(0);
    expect(compareValues("Key", "key")).toBe(0);
  });

  it("puts numbers before strings when a column mixes them", () => {
    expect(compareValues(5, "a")).toBeLessThan(0);
    expect(compareValues("a", 5)).toBeGreaterThan(0);
  });
});

describe("sortRows", () => {
  it("sorts numbers ascending and descending", () => {
    const list = rows(3, 10, 1, 2);
    expect(values(sortRows(list, byV, "asc"))).toEqual([1, 2, 3, 10]);
    expect(values(sortRows(list, byV, "desc"))).toEqual([10, 3, 2, 1]);
  });

  it("sorts names naturally in both directions", () => {
    const list = rows("key_10", "key_2", "Key_1", "alpha");
    expect(values(sortRows(list, byV, "asc"))).toEqual(["alpha", "Key_1", "key_2", "key_10"]);
    expect(values(sortRows(list, byV, "desc"))).toEqual(["key_10", "key_2", "Key_1", "alpha"]);
  });

  it("keeps empty values last in both directions, in their original order", () => {
    const list = rows("", "b", null, "a", undefined, Number.NaN);
    const asc = sortRows(list, byV, "asc");
    const desc = sortRows(list, byV, "desc");
    expect(values(asc).slice(0, 2)).toEqual(["a", "b"]);
    expect(values(desc).slice(0, 2)).toEqual(["b", "a"]);
    expect(asc.slice(2).map((r) => r.id)).toEqual(["r0", "r2", "r4", "r5"]);
    expect(desc.slice(2).map((r) => r.id)).toEqual(["r0", "r2", "r4", "r5"]);
  });

  it("keeps the list's order among equal values, in both directions", () => {
    const list = rows(1, 2, 1, 2);
    expect(sortRows(list, byV, "asc").map((r) => r.id)).toEqual(["r0", "r2", "r1", "r3"]);
    expect(sortRows(list, byV, "desc").map((r) => r.id)).toEqual(["r1", "r3", "r0", "r2"]);
  });

  it("sorts timestamps chronologically (ISO and Beijing-time API formats)", () => {
    const iso = rows("2024-11-02T08:00:00Z", "2024-02-10T09:30:00Z", "2025-01-01T00:00:00Z");
    expect(values(sortRows(iso, byV, "asc"))).toEqual(["2024-02-10T09:30:00Z", "2024-11-02T08:00:00Z", "2025-01-01T00:00:00Z"]);
    const local = rows("2024-03-09 10:00:00", "2024-03-10 09:00:00", "2024-03-09 9:00:00");
    expect(values(sortRows(local, byV, "desc"))).toEqual(["2024-03-10 09:00:00", "2024-03-09 10:00:00", "2024-03-09 9:00:00"]);
  });

  it("returns a copy and leaves the input untouched", () => {
    const list = rows(2, 1);
    const sorted = sortRows(list, byV, "asc");
    expect(sorted).not.toBe(list);
    expect(values(list)).toEqual([2, 1]);
  });

  it("uses the given locale's collation (zh-CN orders Chinese by pinyin)", () => {
    // 北 (běi) < 广 (guǎng) < 上 (shàng) in pinyin; code-point order would put 上 first.
    const list = rows("上海", "广州", "北京");
    expect(values(sortRows(list, byV, "asc", "zh-CN"))).toEqual(["北京", "广州", "上海"]);
  });
});
