import { describe, expect, it } from "vitest";
import { REGIONS } from "../regions";
import {
  ALWAYS_SOLD_OUT,
  chargeTypesFor,
  defaultInstanceType,
  familiesForZone,
  familiesForZones,
  stockFor,
  typesForZone,
} from "./availability";
import { FAMILIES, findFamily, toInstanceFamilyConfig } from "./families";
import { INSTANCE_TYPES, findInstanceType, isWellFormedInstanceType, parseCdhInstanceType, toInstanceTypeConfig } from "./instance-types";
import { shapeErrors } from "./seed-structures.testing";
import { zoneInstanceConfigInfos } from "./zone-config-infos";

const ALL_ZONES = REGIONS.flatMap((r) => r.zones.map((z) => z.zone));

describe("instance catalogue", () => {
  it("type ids are unique, well formed, and named <family>.<size>", () => {
    const names = INSTANCE_TYPES.map((t) => t.instanceType);
    expect(new Set(names).size).toBe(names.length);
    for (const t of INSTANCE_TYPES) {
      expect(isWellFormedInstanceType(t.instanceType)).toBe(true);
      expect(t.instanceType.startsWith(`${t.family.family}.`)).toBe(true);
    }
  });

  it("every type's family exists and family ids are unique", () => {
    expect(new Set(FAMILIES.map((f) => f.family)).size).toBe(FAMILIES.length);
    for (const t of INSTANCE_TYPES) expect(findFamily(t.family.family)).toBe(t.family);
    for (const f of FAMILIES) expect(INSTANCE_TYPES.some((t) => t.family === f)).toBe(true);
  });

  it("the memory suffix of a type name is its memory (S5.MEDIUM4 = 2 vCPU / 4 GiB)", () => {
    for (const t of INSTANCE_TYPES) expect(t.instanceType.endsWith(String(t.memory))).toBe(true);
    expect(findInstanceType("S5.MEDIUM4")).toMatchObject({ cpu: 2, memory: 4 });
    expect(findInstanceType("S5.16XLARGE256")).toMatchObject({ cpu: 64, memory: 256 });
  });

  it("GPU types have a GpuCount and a GPU model; vGPU slices are < 1; others have none", () => {
    for (const t of INSTANCE_TYPES) {
      if (t.family.category === "gpu") {
        expect(t.gpuCount).toBeGreaterThan(0);
        expect(t.gpu).toBeGreaterThanOrEqual(1);
        expect(t.family.gpuModel).toBeTruthy();
      } else {
        expect(t.gpuCount).toBe(0);
        expect(t.gpu).toBe(0);
      }
      expect(t.fpga > 0).toBe(t.family.category === "fpga");
    }
    expect(findInstanceType("GNV4.LARGE20")!.gpuCount).toBe(0.25);
    expect(findInstanceType("GN10Xp.20XLARGE320")!.gpuCount).toBe(8);
  });

  it("covers standard, AMD, ARM, memory, compute, high-IO, big-data, GPU and FPGA families", () => {
    for (const f of ["S5", "S6", "SA2", "SA3", "SR1", "M5", "M6", "C5", "C6", "IT5", "D3", "GN7", "GN10Xp", "GT4", "FX4"]) {
      expect(findFamily(f), f).toBeDefined();
    }
    expect(findFamily("SR1")!.architecture).toBe("arm");
  });

  it("parses CDH custom types and rejects malformed ones", () => {
    expect(parseCdhInstanceType("CDH_1C1G")).toEqual({ cpu: 1, memory: 1 });
    expect(parseCdhInstanceType("CDH_0C1G")).toBeUndefined();
    expect(parseCdhInstanceType("S5.MEDIUM4")).toBeUndefined();
    expect(isWellFormedInstanceType("s5.medium4")).toBe(false);
    expect(isWellFormedInstanceType("S5")).toBe(false);
  });

  it("InstanceFamilyConfig / InstanceTypeConfig match the seed structures exactly", () => {
    for (const f of FAMILIES) expect(shapeErrors(toInstanceFamilyConfig(f), "InstanceFamilyConfig")).toEqual([]);
    for (const t of INSTANCE_TYPES) expect(shapeErrors(toInstanceTypeConfig(t, "ap-guangzhou-3"), "InstanceTypeConfig")).toEqual([]);
    expect(toInstanceFamilyConfig(findFamily("S5")!)).toEqual({ InstanceFamilyName: "标准型S5", InstanceFamily: "S5" });
    expect(toInstanceFamilyConfig(findFamily("S5")!, "en-US").InstanceFamilyName).toBe("Standard S5");
  });
});

describe("availability per zone", () => {
  it("is a pure function of the zone string, also for zones no table lists", () => {
    for (const zone of ["ap-guangzhou-3", "xx-newregion-9"]) {
      expect(typesForZone(zone).map((t) => t.instanceType)).toEqual(typesForZone(zone).map((t) => t.instanceType));
      expect(typesForZone(zone).length).toBeGreaterThan(50);
    }
  });

  it("offers S5 and SA2 everywhere; GPU and FPGA only in some zones; legacy S2/I1 only in zones 1–2", () => {
    const withGpu = ALL_ZONES.filter((z) => familiesForZone(z).some((f) => f.category === "gpu"));
    const withFpga = ALL_ZONES.filter((z) => familiesForZone(z).some((f) => f.category === "fpga"));
    for (const z of ALL_ZONES) {
      const fams = familiesForZone(z).map((f) => f.family);
      expect(fams).toContain("S5");
      expect(fams).toContain("SA2");
      expect(fams.includes("S2")).toBe(/-[12]$/.test(z));
    }
    expect(withGpu.length).toBeGreaterThan(0);
    expect(withGpu.length).toBeLessThan(ALL_ZONES.length);
    expect(withFpga.length).toBeGreaterThan(0);
    expect(withFpga.length).toBeLessThan(withGpu.length);
  });

  it("marks a few pairs SOLD_OUT with WithoutStock and the seed's reason, never a type with ≤ 4 vCPU", () => {
    let sold = 0;
    let total = 0;
    for (const z of ALL_ZONES) {
      for (const t of typesForZone(z)) {
        const s = stockFor(z, t.instanceType)!;
        total++;
        if (s.status === "SOLD_OUT") {
          sold++;
          expect(s).toEqual({ status: "SOLD_OUT", statusCategory: "WithoutStock", soldOutReason: "ResourcesSoldOut.SpecifiedInstanceType" });
          expect(t.cpu).toBeGreaterThan(4);
        } else {
          expect(s.status).toBe("SELL");
          expect(["EnoughStock", "NormalStock", "UnderStock"]).toContain(s.statusCategory);
          expect(s.soldOutReason).toBe("");
        }
      }
    }
    expect(sold).toBeGreaterThan(0);
    expect(sold / total).toBeLessThan(0.1);
  });

  it(`${ALWAYS_SOLD_OUT} is sold out wherever M5 is sold; an unoffered type has no stock at all`, () => {
    const zone = ALL_ZONES.find((z) => familiesForZone(z).some((f) => f.family === "M5"))!;
    expect(stockFor(zone, ALWAYS_SOLD_OUT)!.status).toBe("SOLD_OUT");
    const noGpu = ALL_ZONES.find((z) => !familiesForZone(z).some((f) => f.family === "GT4"))!;
    expect(stockFor(noGpu, "GT4.4XLARGE96")).toBeUndefined();
    expect(stockFor(zone, "NOPE.LARGE8")).toBeUndefined();
  });

  it("the seed's own example pairs are on sale (S5.16XLARGE256 in ap-shanghai-2, I1 and S2 in ap-guangzhou-2)", () => {
    expect(stockFor("ap-shanghai-2", "S5.16XLARGE256")!.status).toBe("SELL");
    expect(stockFor("ap-guangzhou-2", "I1.MEDIUM4")!.status).toBe("SELL");
    expect(stockFor("ap-guangzhou-2", "S2.SMALL1")!.status).toBe("SELL");
    expect(defaultInstanceType("ap-shanghai-2")).toBe("S2.SMALL1");
    expect(defaultInstanceType("ap-guangzhou-3")).toBe("S5.SMALL1");
  });

  it("sells spot for standard families but not for GPU, and not at all in finance regions", () => {
    expect(chargeTypesFor("ap-guangzhou-3", findInstanceType("S5.MEDIUM4")!)).toEqual(["PREPAID", "POSTPAID_BY_HOUR", "SPOTPAID"]);
    expect(chargeTypesFor("ap-guangzhou-3", findInstanceType("GN7.2XLARGE32")!)).toEqual(["PREPAID", "POSTPAID_BY_HOUR"]);
    expect(chargeTypesFor("ap-shanghai-fsi-2", findInstanceType("S5.MEDIUM4")!)).not.toContain("SPOTPAID");
  });

  it("families for a region are the union of its zones'", () => {
    const zones = REGIONS.find((r) => r.region === "ap-guangzhou")!.zones.map((z) => z.zone);
    const union = new Set(zones.flatMap((z) => familiesForZone(z).map((f) => f.family)));
    expect(new Set(familiesForZones(zones).map((f) => f.family))).toEqual(union);
  });
});

describe("DescribeZoneInstanceConfigInfos items", () => {
  const items = zoneInstanceConfigInfos("ap-guangzhou-2");

  it("match InstanceTypeQuotaItem (every member, right JS types, nothing extra), ItemPrice complete", () => {
    const complete = new Set(["InstanceTypeQuotaItem", "ItemPrice", "LocalDiskType"]);
    for (const item of items) expect(shapeErrors(item, "InstanceTypeQuotaItem", { complete })).toEqual([]);
  });

  it("list each offered type once per charge type it sells with", () => {
    const keys = items.map((i) => `${i.InstanceType}/${i.InstanceChargeType}`);
    expect(new Set(keys).size).toBe(keys.length);
    const types = new Set(items.map((i) => i.InstanceType));
    expect([...types]).toEqual(typesForZone("ap-guangzhou-2").map((t) => t.instanceType));
  });

  it("describe local disks: IT5 NVMe required, D3 HDD blocks with StorageBlockAttr, S5 none", () => {
    const all = ALL_ZONES.flatMap((z) => typesForZone(z).map((t) => ({ z, t })));
    const it5 = all.find((x) => x.t.family.family === "IT5")!;
    const d3 = all.find((x) => x.t.family.family === "D3")!;
    const [nvme] = zoneInstanceConfigInfos(it5.z).filter((i) => i.InstanceType === it5.t.instanceType);
    expect(nvme.LocalDiskTypeList).toEqual([{ Type: "LOCAL_NVME", PartitionType: "DATA", MinSize: 3570, MaxSize: 3570, Required: "REQUIRED" }]);
    expect(nvme.StorageBlockAmount).toBe(it5.t.localUnits);
    const [hdd] = zoneInstanceConfigInfos(d3.z).filter((i) => i.InstanceType === d3.t.instanceType);
    expect(hdd.Externals.StorageBlockAttr).toEqual({ Type: "LOCAL_PRO", MinSize: 11176, MaxSize: 11176 });
    expect(hdd.Remark).toBe(`搭载${d3.t.localUnits} 块 11176 GB SATA HDD 本地硬盘`);
    expect(items.find((i) => i.InstanceType === "S5.MEDIUM4")!.LocalDiskTypeList).toEqual([]);
  });

  it("names the type in the caller's language", () => {
    const zh = items.find((i) => i.InstanceType === "S2.SMALL1")!;
    const en = zoneInstanceConfigInfos("ap-guangzhou-2", "en-US").find((i) => i.InstanceType === "S2.SMALL1")!;
    expect(zh.TypeName).toBe("标准型S2");
    expect(en.TypeName).toBe("Standard S2");
  });
});
