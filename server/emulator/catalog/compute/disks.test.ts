import { describe, expect, it } from "vitest";
import { validateDiskResize, validateLaunchDisks } from "./disk-validation";
import {
  dataDiskTypes,
  defaultDataDiskType,
  defaultSystemDisk,
  localDiskTypeList,
  systemDiskTypes,
  zoneHasTssd,
} from "./disks";
import { findInstanceType } from "./instance-types";
import { REGIONS } from "../regions";
import { shapeErrors } from "./seed-structures.testing";

const zone = "ap-guangzhou-3";
const launch = (over: Partial<Parameters<typeof validateLaunchDisks>[0]>) =>
  validateLaunchDisks({ zone, instanceType: "S5.MEDIUM4", ...over });

describe("disk catalogue", () => {
  it("defaults the system disk to 50 GiB of the first type in stock", () => {
    expect(defaultSystemDisk(zone, "S5.MEDIUM4")).toEqual({ DiskType: "CLOUD_PREMIUM", DiskSize: 50 });
    expect(defaultSystemDisk(zone, "S6.MEDIUM4").DiskType).toBe("CLOUD_BSSD");
  });

  it("defaults a data disk to LOCAL_BASIC only where the type has local basic disks", () => {
    expect(defaultDataDiskType("ap-guangzhou-2", "S2.SMALL1")).toBe("LOCAL_BASIC");
    expect(defaultDataDiskType(zone, "S5.MEDIUM4")).toBe("CLOUD_PREMIUM");
  });

  it("never lets LOCAL_NVME / LOCAL_PRO be chosen; CLOUD_BASIC only on legacy; CLOUD_TSSD only on latest lines in some zones", () => {
    const zones = REGIONS.flatMap((r) => r.zones.map((z) => z.zone));
    for (const t of ["IT5.4XLARGE64", "D3.2XLARGE32"]) {
      expect(dataDiskTypes(zone, t)).not.toContain("LOCAL_NVME");
      expect(dataDiskTypes(zone, t)).not.toContain("LOCAL_PRO");
    }
    expect(systemDiskTypes(zone, "S5.MEDIUM4")).not.toContain("CLOUD_BASIC");
    expect(systemDiskTypes("ap-guangzhou-2", "S2.SMALL1")).toContain("CLOUD_BASIC");
    const tssdZones = zones.filter(zoneHasTssd);
    expect(tssdZones.length).toBeGreaterThan(0);
    expect(tssdZones.length).toBeLessThan(zones.length);
    for (const z of zones) expect(dataDiskTypes(z, "S6.MEDIUM4").includes("CLOUD_TSSD")).toBe(zoneHasTssd(z));
    expect(systemDiskTypes(tssdZones[0], "S5.MEDIUM4")).not.toContain("CLOUD_TSSD");
  });

  it("LocalDiskTypeList rows match the LocalDiskType structure", () => {
    for (const t of ["I1.MEDIUM4", "S2.SMALL1", "IT5.8XLARGE128", "D3.4XLARGE64"]) {
      const rows = localDiskTypeList(findInstanceType(t)!);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(shapeErrors(r, "LocalDiskType")).toEqual([]);
    }
  });
});

describe("validateLaunchDisks", () => {
  it("accepts the seed example (50 GB premium system, 100 GB premium data) and no disks at all", () => {
    expect(launch({ systemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 }, dataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 100 }] })).toBeNull();
    expect(launch({})).toBeNull();
  });

  it("ignores data disks of size 0 (seed: 0 = none)", () => {
    expect(launch({ dataDisks: [{ DiskType: "CLOUD_SSD", DiskSize: 0 }] })).toBeNull();
  });

  it("allows 20 cloud data disks, not 21; one local data disk, not two", () => {
    const disks = (n: number, DiskType = "CLOUD_PREMIUM") => Array.from({ length: n }, () => ({ DiskType, DiskSize: 10 }));
    expect(launch({ dataDisks: disks(20) })).toBeNull();
    expect(launch({ dataDisks: disks(21) })?.code).toBe("InvalidParameterValue.LimitExceeded");
    const legacy = { zone: "ap-guangzhou-2", instanceType: "S2.LARGE8" };
    expect(validateLaunchDisks({ ...legacy, dataDisks: disks(1, "LOCAL_BASIC") })).toBeNull();
    expect(validateLaunchDisks({ ...legacy, dataDisks: disks(2, "LOCAL_BASIC") })?.code).toBe("InvalidParameterValue.LimitExceeded");
    expect(validateLaunchDisks({ ...legacy, dataDisks: [...disks(1, "LOCAL_BASIC"), ...disks(20)] })).toBeNull();
  });

  it("rejects disk types the type does not take with UnsupportedOperation.InvalidDisk", () => {
    expect(launch({ systemDisk: { DiskType: "CLOUD_BASIC" } })?.code).toBe("UnsupportedOperation.InvalidDisk");
    expect(launch({ dataDisks: [{ DiskType: "LOCAL_SSD", DiskSize: 50 }] })?.code).toBe("UnsupportedOperation.InvalidDisk");
    expect(validateLaunchDisks({ zone, instanceType: "IT5.4XLARGE64", dataDisks: [{ DiskType: "LOCAL_NVME", DiskSize: 3570 }] })?.code).toBe(
      "UnsupportedOperation.InvalidDisk",
    );
    expect(launch({ dataDisks: [{ DiskType: "FLOPPY", DiskSize: 10 }] })?.code).toBe("InvalidParameterValue");
  });

  it("enforces the 100 GB minimum of CLOUD_SSD data disks with its own code", () => {
    expect(launch({ dataDisks: [{ DiskType: "CLOUD_SSD", DiskSize: 90 }] })?.code).toBe("InvalidParameterValue.CloudSsdDataDiskSizeTooSmall");
    expect(launch({ dataDisks: [{ DiskType: "CLOUD_SSD", DiskSize: 100 }] })).toBeNull();
    expect(launch({ systemDisk: { DiskType: "CLOUD_SSD", DiskSize: 20 } })).toBeNull();
  });

  it("enforces sizes and 10 GiB data steps with InvalidParameterValue.Range", () => {
    expect(launch({ systemDisk: { DiskSize: 19 } })?.code).toBe("InvalidParameterValue.Range");
    expect(launch({ systemDisk: { DiskSize: 2048 } })).toBeNull();
    expect(launch({ systemDisk: { DiskSize: 2049 } })?.code).toBe("InvalidParameterValue.Range");
    expect(launch({ dataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 15 }] })?.code).toBe("InvalidParameterValue.Range");
    expect(launch({ dataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 32000 }] })).toBeNull();
    expect(launch({ dataDisks: [{ DiskType: "CLOUD_PREMIUM", DiskSize: 32010 }] })?.code).toBe("InvalidParameterValue.Range");
  });

  it("keeps the system disk at least as large as the image", () => {
    expect(launch({ systemDisk: { DiskSize: 40 }, minSystemDiskSize: 50 })?.code).toBe("InvalidParameterValue.Range");
    expect(launch({ systemDisk: { DiskSize: 50 }, minSystemDiskSize: 50 })).toBeNull();
  });
});

describe("validateDiskResize", () => {
  const base = { action: "ResizeInstanceDisks" as const, instanceType: "S5.MEDIUM4", usage: "DATA" as const, diskType: "CLOUD_PREMIUM" };

  it("grows cloud disks in 10 GiB steps up to the maximum", () => {
    expect(validateDiskResize({ ...base, currentSize: 100, newSize: 200 })).toBeNull();
    expect(validateDiskResize({ ...base, currentSize: 100, newSize: 105 })?.code).toBe("InvalidParameterValue");
    expect(validateDiskResize({ ...base, currentSize: 100, newSize: 32010 })?.code).toBe("InvalidParameterValue");
  });

  it("never shrinks", () => {
    expect(validateDiskResize({ ...base, currentSize: 100, newSize: 90 })?.code).toBe("InvalidParameterValue");
    expect(validateDiskResize({ ...base, currentSize: 100, newSize: 100 })?.code).toBe("InvalidParameterValue");
  });

  it("refuses local disks with the code each action documents", () => {
    const local = { ...base, diskType: "LOCAL_SSD", currentSize: 100, newSize: 200 };
    expect(validateDiskResize(local)?.code).toBe("UnsupportedOperation.InvalidDataDisk");
    expect(validateDiskResize({ ...local, action: "InquiryPriceResizeInstanceDisks" })?.code).toBe("UnsupportedOperation.InvalidDisk");
  });
});
