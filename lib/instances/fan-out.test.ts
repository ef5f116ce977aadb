import { describe, expect, it } from "vitest";
import { mapLimited, planSlices, regionOfZone } from "./fan-out";

const totals = [
  { region: "ap-guangzhou", total: 150 },
  { region: "ap-shanghai", total: 0 },
  { region: "ap-beijing", total: 30 },
  { region: "ap-singapore", total: 120 },
];

describe("planSlices: regions laid end to end", () => {
  it("page 1 comes from the first region", () => {
    expect(planSlices(totals, 0, 100)).toEqual([{ region: "ap-guangzhou", offset: 0, limit: 100 }]);
  });

  it("a page at a boundary takes the rest of one region and the start of the next non-empty ones", () => {
    expect(planSlices(totals, 100, 100)).toEqual([
      { region: "ap-guangzhou", offset: 100, limit: 50 },
      { region: "ap-beijing", offset: 0, limit: 30 },
      { region: "ap-singapore", offset: 0, limit: 20 },
    ]);
  });

  it("the last page is short, and past the end there is nothing", () => {
    expect(planSlices(totals, 250, 100)).toEqual([{ region: "ap-singapore", offset: 70, limit: 50 }]);
    expect(planSlices(totals, 300, 100)).toEqual([]);
  });

  it("every row of the fleet appears on exactly one page", () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 300; offset += 20) {
      for (const s of planSlices(totals, offset, 20)) for (let i = 0; i < s.limit; i++) seen.push(`${s.region}#${s.offset + i}`);
    }
    expect(seen).toHaveLength(300);
    expect(new Set(seen).size).toBe(300);
  });
});

describe("mapLimited", () => {
  it("keeps input order and never runs more than the limit at once", async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimited([5, 1, 4, 2, 3, 0], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, n));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0]);
    expect(peak).toBe(2);
  });
});

it("regionOfZone strips the zone number", () => {
  expect(regionOfZone("ap-guangzhou-3")).toBe("ap-guangzhou");
  expect(regionOfZone("ap-shanghai-fsi-1")).toBe("ap-shanghai-fsi");
});
