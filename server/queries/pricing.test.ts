// The pricing fan-out against the real emulator over loopback HTTP (our CvmClient, as the console uses it), with the
// official SDK as the oracle for prices. getCvmClient is pointed at a wrapper that can fail a region and counts
// the price inquiries in flight.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "@/server/emulator/accounts";
import { startEmulator, type RunningEmulator } from "@/server/emulator/server";
import { sdkClient } from "@/server/emulator/testing";
import { CvmClient } from "@/server/cvm/client";
import { CloudApiError } from "@/server/cvm/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { en } from "@/lib/i18n/messages/en";
import { DEFAULT_SPEC, type PricingSpec } from "@/lib/pricing/spec";
import { quoteRequest } from "@/lib/pricing/quote";
import type { MatrixEvent, PricingRow } from "@/lib/pricing/types";

const m = vi.hoisted(() => ({
  client: null as unknown,
  failCatalogIn: null as string | null,
  inFlight: new Map<string, number>(),
  maxInFlight: new Map<string, number>(),
  inquiries: 0,
}));
vi.mock("@/server/cvm/for-account", () => ({ getCvmClient: async () => m.client }));

const { streamPricingMatrix, pricingRegions, describePricingShapes, clearPricingCaches } = await import("./pricing");
const { clearRegionCaches } = await import("./regions");

let emu: RunningEmulator;
let real: CvmClient;
const t = createTranslator(en);
const where = { accountId: "acc-1", language: "en-US" as const };

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  real = new CvmClient({ endpoint: emu.url, secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY, timeoutMs: 10_000 });
  m.client = {
    call: async (action: string, params: unknown, opts: { region?: string } = {}) => {
      const region = opts.region ?? "";
      if (action === "DescribeZoneInstanceConfigInfos" && region === m.failCatalogIn) {
        throw new CloudApiError({ code: "UnauthorizedOperation", message: "not allowed in this region", requestId: "rid-fail" });
      }
      if (action !== "InquiryPriceRunInstances") return real.call(action as never, params as never, opts);
      m.inquiries++;
      const now = (m.inFlight.get(region) ?? 0) + 1;
      m.inFlight.set(region, now);
      m.maxInFlight.set(region, Math.max(now, m.maxInFlight.get(region) ?? 0));
      try {
        return await real.call(action as never, params as never, opts);
      } finally {
        m.inFlight.set(region, (m.inFlight.get(region) ?? 1) - 1);
      }
    },
  };
});

afterAll(async () => {
  real?.close();
  await emu?.close();
});

beforeEach(() => {
  clearPricingCaches();
  clearRegionCaches();
  m.failCatalogIn = null;
  m.maxInFlight.clear();
  m.inquiries = 0;
});

async function run(regions: string[], spec: PricingSpec, signal = new AbortController().signal, onEvent?: (e: MatrixEvent) => void, fresh = false) {
  const events: MatrixEvent[] = [];
  const refs = regions.map((r) => ({ Region: r, RegionName: r }));
  await streamPricingMatrix(where, refs, spec, (e) => (events.push(e), onEvent?.(e)), signal, t, { fresh });
  return events;
}

const rowsOf = (events: MatrixEvent[]) => events.flatMap((e) => (e.t === "rows" ? e.rows : []));
const of = <T extends MatrixEvent["t"]>(events: MatrixEvent[], type: T) => events.filter((e): e is Extract<MatrixEvent, { t: T }> => e.t === type);

describe("streamPricingMatrix", () => {
  it("zone scope: a row per matching type and open zone; every selling cell gets its exact price, then end", async () => {
    const events = await run(["ap-guangzhou"], { ...DEFAULT_SPEC, cpu: 2, memory: 4 });
    expect(events[0].t).toBe("start");
    expect(events.at(-1)?.t).toBe("end");
    const rows = rowsOf(events);
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect([r.Cpu, r.Memory, r.GpuCount]).toEqual([2, 4, 0]);
    // DescribeZones: guangzhou-1 and -2 sell nothing; they are left out and named.
    expect(of(events, "rows")[0].closedZones).toEqual(expect.arrayContaining(["ap-guangzhou-1", "ap-guangzhou-2"]));
    expect(rows.every((r) => r.zone !== "ap-guangzhou-1" && r.zone !== "ap-guangzhou-2")).toBe(true);
    const quotable = of(events, "rows")[0].quotable;
    expect(quotable).toBe(rows.flatMap((r) => Object.values(r.cells)).filter((c) => c.status === "SELL").length);
    expect(of(events, "quote").length + of(events, "quoteError").length).toBe(quotable);
    expect(of(events, "quoteError")).toEqual([]); // throttled calls are retried, not shown as failures
  });

  it("an exact price equals InquiryPriceRunInstances asked directly through the official SDK (disks and bandwidth included)", async () => {
    const spec: PricingSpec = { ...DEFAULT_SPEC, cpu: 1, memory: 1, dataSize: 100, dataDisk: "CLOUD_SSD", bw: 5 };
    const events = await run(["ap-guangzhou"], spec);
    const rows = rowsOf(events);
    emu.runtime.limiter.reset(); // the fan-out used this second's 10 inquiries (seed 11964)
    const sdk = sdkClient(emu.url, { region: "ap-guangzhou" });
    for (const mode of ["hourly", "month12"] as const) {
      const q = of(events, "quote").find((e) => e.cell.endsWith(`|${mode}`))!;
      const row = rows.find((r) => q.cell.startsWith(`${r.id}|`)) as PricingRow;
      const cell = row.cells[mode]!;
      const direct = await sdk.InquiryPriceRunInstances(quoteRequest(spec, mode, cell.zone, row.InstanceType, q.imageId) as never);
      const inst = direct.Price!.InstancePrice!;
      const bw = direct.Price!.BandwidthPrice!;
      if (mode === "hourly") {
        expect(q.quote.unit).toBe("hour");
        expect(q.quote.amount).toBeCloseTo((inst.UnitPriceDiscount ?? 0) + (bw.UnitPriceDiscount ?? 0), 2);
      } else {
        expect(q.quote).toMatchObject({ unit: "once", months: 12 });
        expect(q.quote.amount).toBeCloseTo((inst.DiscountPrice ?? 0) + (bw.DiscountPrice ?? 0), 2);
        expect(q.quote.monthly).toBeCloseTo(q.quote.amount / 12, 2);
      }
      // The catalogue estimate is the instance alone: the exact total with a 100 GB SSD and 5 Mbps costs more.
      expect(q.quote.monthly).toBeGreaterThan(cell.estimate.monthly);
    }
  });

  it("traffic-billed bandwidth is quoted per GB apart from the total", async () => {
    const events = await run(["ap-guangzhou"], { ...DEFAULT_SPEC, cpu: 1, memory: 1, net: "TRAFFIC", bw: 10 });
    const q = of(events, "quote").find((e) => e.cell.endsWith("|hourly"))!;
    expect(q.quote.perGB?.amount).toBeGreaterThan(0);
  });

  it("never has more than 3 price inquiries in flight per region, whatever the number of cells", async () => {
    await run(["ap-guangzhou", "ap-shanghai"], { ...DEFAULT_SPEC, cpu: 1, memory: 2 });
    expect(m.inquiries).toBeGreaterThan(20);
    for (const max of m.maxInFlight.values()) expect(max).toBeLessThanOrEqual(3);
  });

  it("region scope: one region's failure is its own event; the other regions still stream rows and prices", async () => {
    m.failCatalogIn = "ap-shanghai";
    const events = await run(["ap-guangzhou", "ap-shanghai", "ap-beijing"], { ...DEFAULT_SPEC, scope: "regions" });
    expect(of(events, "regionError")).toEqual([
      { t: "regionError", region: "ap-shanghai", error: { code: "UnauthorizedOperation", message: "not allowed in this region", requestId: "rid-fail" } },
    ]);
    const rows = rowsOf(events);
    expect(new Set(rows.map((r) => r.region))).toEqual(new Set(["ap-guangzhou", "ap-beijing"]));
    // One row per type and region; each cell sits in the region's cheapest zone for its mode.
    expect(rows.every((r) => r.zone === undefined && r.id.includes("|*|"))).toBe(true);
    expect(of(events, "quote").length).toBeGreaterThan(0);
    expect(events.at(-1)?.t).toBe("end");
  });

  it("serves a repeat from the brief cache without asking again; a refresh (fresh) asks the cloud again", async () => {
    const spec = { ...DEFAULT_SPEC, cpu: 1, memory: 1 };
    const first = await run(["ap-guangzhou"], spec);
    const asked = m.inquiries;
    const quoted = of(first, "quote").length;
    expect(asked).toBeGreaterThanOrEqual(quoted); // a throttled inquiry is asked twice
    const again = await run(["ap-guangzhou"], spec);
    expect(m.inquiries).toBe(asked);
    const byCell = (events: MatrixEvent[]) => Object.fromEntries(of(events, "quote").map((e) => [e.cell, e.quote]));
    expect(byCell(again)).toEqual(byCell(first));
    await run(["ap-guangzhou"], spec, undefined, undefined, true);
    expect(m.inquiries).toBeGreaterThanOrEqual(asked + quoted);
  });

  it("stops sending price inquiries once the browser goes away", async () => {
    const abort = new AbortController();
    const events = await run(["ap-guangzhou"], { ...DEFAULT_SPEC, cpu: 4, memory: 8 }, abort.signal, (e) => {
      if (e.t === "quote") abort.abort();
    });
    expect(m.inquiries).toBeLessThanOrEqual(4); // the first, plus those already in flight
    expect(events.some((e) => e.t === "end")).toBe(false);
  });
});

describe("pricingRegions and shapes", () => {
  it("zone scope is the header's region; region scope every region on sale", async () => {
    expect(await pricingRegions({ ...where, region: "ap-guangzhou" }, "zones")).toEqual([{ Region: "ap-guangzhou", RegionName: expect.any(String) }]);
    const all = await pricingRegions({ ...where, region: "ap-guangzhou" }, "regions");
    expect(all.map((r) => r.Region)).toEqual(expect.arrayContaining(["ap-guangzhou", "ap-shanghai", "ap-singapore"]));
  });

  it("shapes list each CPU/memory/GPU combination once, with how many types have it", async () => {
    const shapes = await describePricingShapes({ ...where, region: "ap-guangzhou" });
    const s = shapes.find((x) => x.Cpu === 2 && x.Memory === 4 && x.GpuCount === 0);
    expect(s?.types).toBeGreaterThan(2);
    expect(new Set(shapes.map((x) => `${x.Cpu}|${x.Memory}|${x.GpuCount}`)).size).toBe(shapes.length);
    expect(shapes.some((x) => x.GpuCount > 0)).toBe(true);
  });
});
