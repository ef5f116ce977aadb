import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../server";
import { errorCodeOf, sdkClient } from "../testing";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(() => emulator.close());

// The product's region table (seed 4689–4726).
const SEED_REGIONS = [
  "ap-bangkok", "ap-beijing", "ap-chengdu", "ap-chongqing", "ap-guangzhou", "ap-hongkong", "ap-jakarta", "ap-nanjing",
  "ap-seoul", "ap-shanghai", "ap-shanghai-fsi", "ap-shenzhen-fsi", "ap-singapore", "ap-tokyo", "eu-frankfurt",
  "na-ashburn", "na-siliconvalley", "sa-saopaulo",
];

describe("DescribeRegions", () => {
  for (const reqMethod of ["POST", "GET"] as const) {
    it(`DescribeRegions (${reqMethod}): every region of the seed table, AVAILABLE, Chinese names by default`, async () => {
      const res = await sdkClient(emulator.url, { reqMethod }).DescribeRegions();
      expect(res.TotalCount).toBe(SEED_REGIONS.length);
      expect(res.RegionSet!.map((r) => r.Region).sort()).toEqual([...SEED_REGIONS].sort());
      const gz = res.RegionSet!.find((r) => r.Region === "ap-guangzhou")!;
      expect(gz).toEqual({ Region: "ap-guangzhou", RegionName: "华南地区(广州)", RegionState: "AVAILABLE" });
      expect(res.RequestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    });
  }

  it("DescribeRegions: needs no Region, and en-US gives English names", async () => {
    const res = await sdkClient(emulator.url, { region: null, language: "en-US" }).DescribeRegions();
    expect(res.RegionSet!.find((r) => r.Region === "ap-singapore")!.RegionName).toBe("Southeast Asia (Singapore)");
  });

  it("DescribeRegions: a Region it does not need is ignored, even one outside the table", async () => {
    const res = await sdkClient(emulator.url, { region: "xx-nowhere" }).DescribeRegions();
    expect(res.TotalCount).toBe(SEED_REGIONS.length);
  });
});

describe("DescribeZones", () => {
  for (const reqMethod of ["POST", "GET"] as const) {
    it(`DescribeZones (${reqMethod}): the region's zones with ZoneId, Zone, ZoneName, ZoneState`, async () => {
      const res = await sdkClient(emulator.url, { reqMethod }).DescribeZones();
      expect(res.TotalCount).toBe(res.ZoneSet!.length);
      const zones = Object.fromEntries(res.ZoneSet!.map((z) => [z.Zone, z]));
      // seed 8318–8330: ap-guangzhou-1 is 100001, UNAVAILABLE (sold out), named "Guangzhou Zone 1" by default.
      expect(zones["ap-guangzhou-1"]).toEqual({ Zone: "ap-guangzhou-1", ZoneId: "100001", ZoneName: "Guangzhou Zone 1", ZoneState: "UNAVAILABLE" });
      expect(zones["ap-guangzhou-3"]).toEqual({ Zone: "ap-guangzhou-3", ZoneId: "100003", ZoneName: "Guangzhou Zone 3", ZoneState: "AVAILABLE" });
      for (const z of res.ZoneSet!) {
        expect(z.Zone).toMatch(/^ap-guangzhou-\d+$/);
        expect(z.ZoneId).toMatch(/^\d{6,7}$/);
      }
    });
  }

  it("DescribeZones: Language zh-CN gives Chinese zone names", async () => {
    const res = await sdkClient(emulator.url, { region: "ap-shanghai", language: "zh-CN" }).DescribeZones();
    expect(res.ZoneSet!.find((z) => z.Zone === "ap-shanghai-2")).toMatchObject({ ZoneName: "上海二区", ZoneId: "200002" });
  });

  it("DescribeZones: every region of DescribeRegions has zones, all ids unique", async () => {
    const regions = await sdkClient(emulator.url).DescribeRegions();
    const ids = new Set<string>();
    for (const r of regions.RegionSet!) {
      const zones = await sdkClient(emulator.url, { region: r.Region }).DescribeZones();
      expect(zones.TotalCount, r.Region).toBeGreaterThan(0);
      for (const z of zones.ZoneSet!) {
        expect(z.Zone!.startsWith(`${r.Region}-`)).toBe(true);
        expect(ids.has(z.ZoneId!)).toBe(false);
        ids.add(z.ZoneId!);
      }
    }
  });

  it("DescribeZones: no Region → MissingParameter", async () => {
    expect(await errorCodeOf(sdkClient(emulator.url, { region: null }).DescribeZones())).toBe("MissingParameter");
  });

  it("DescribeZones: a Region outside the table → UnsupportedRegion", async () => {
    expect(await errorCodeOf(sdkClient(emulator.url, { region: "ap-mars" }).DescribeZones())).toBe("UnsupportedRegion");
  });

  for (const signMethod of ["HmacSHA1", "HmacSHA256"] as const) {
    for (const reqMethod of ["GET", "POST"] as const) {
      it(`DescribeZones: the SDK's signature v1 (${signMethod}, ${reqMethod}) is accepted`, async () => {
        const res = await sdkClient(emulator.url, { signMethod, reqMethod, region: "ap-tokyo" }).DescribeZones();
        expect(res.ZoneSet!.map((z) => z.Zone)).toContain("ap-tokyo-1");
      });
    }
  }

  it("DescribeZones: a multipart/form-data POST (TC3) is parsed and its signature accepted", async () => {
    const client = sdkClient(emulator.url, { region: "ap-seoul" });
    // The field travels as a multipart part and reaches param validation, so parsing and signature passed.
    // (An empty multipart form cannot be tested: the SDK then sends no body but signs "--boundary--".)
    expect(await errorCodeOf(client.request("DescribeZones", { Bogus: "1" }, { multipart: true }))).toBe("UnknownParameter");
  });
});
