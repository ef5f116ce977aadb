import { describe, expect, it } from "vitest";
import { daysUntil, expiringWithin, fleetTotals, renewalCalendar } from "./calendar";
import type { ExpiringItem, RegionSummary } from "./types";

const NOW = Date.parse("2026-11-28T10:00:00Z");
const item = (id: string, ExpiredTime: string, kind: "instance" | "host" = "instance"): ExpiringItem => ({ kind, id, name: id, Region: "ap-guangzhou", Zone: "ap-guangzhou-3", ExpiredTime, RenewFlag: "NOTIFY_AND_MANUAL_RENEW", State: "RUNNING" });

describe("renewal calendar", () => {
  const items = [item("a", "2026-11-28T20:00:00Z"), item("b", "2026-12-04T09:00:00Z"), item("c", "2026-12-05T11:00:00Z", "host"), item("d", "2026-12-27T00:00:00Z"), item("old", "2026-11-20T00:00:00Z"), item("far", "2027-02-01T00:00:00Z")];

  it("days until expiry are whole days, negative once past", () => {
    expect(daysUntil("2026-11-28T20:00:00Z", NOW)).toBe(0);
    expect(daysUntil("2026-12-05T11:00:00Z", NOW)).toBe(7);
    expect(daysUntil("2026-11-20T00:00:00Z", NOW)).toBe(-9);
  });

  it("7 and 30 days include what has already expired, soonest first", () => {
    expect(expiringWithin(items, 7, NOW).map((i) => i.id)).toEqual(["old", "a", "b"]);
    expect(expiringWithin(items, 30, NOW).map((i) => i.id)).toEqual(["old", "a", "b", "c", "d"]);
  });

  it("30 UTC days from today; expired items land on today, later ones are left out", () => {
    const days = renewalCalendar(items, NOW, 30);
    expect(days).toHaveLength(30);
    expect(days[0]).toMatchObject({ date: "2026-11-28" });
    expect(days[0].items.map((i) => i.id)).toEqual(["a", "old"]);
    expect(days.find((d) => d.date === "2026-12-05")!.items.map((i) => i.id)).toEqual(["c"]);
    expect(days.flatMap((d) => d.items).map((i) => i.id)).not.toContain("far");
  });
});

describe("fleetTotals", () => {
  it("sums the regions that answered and skips the ones that did not", () => {
    const regions: RegionSummary[] = [
      { Region: "a", RegionName: "A", total: 3, byState: { RUNNING: 2, STOPPED: 1 }, errors: [] },
      { Region: "b", RegionName: "B", total: null, byState: {}, errors: [{ part: "instances" as const, error: { code: "InternalError", message: "x" } }] },
      { Region: "c", RegionName: "C", total: 1, byState: { RUNNING: 1 }, errors: [] },
    ];
    expect(fleetTotals(regions)).toEqual({ total: 4, byState: { RUNNING: 3, STOPPED: 1 } });
  });
});
