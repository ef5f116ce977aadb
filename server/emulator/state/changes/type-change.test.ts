import { describe, expect, it } from "vitest";
import type { InstanceRecord } from "../instances/record";
import { instanceRefusal, isDowngrade, typeChangeRefusal } from "./type-change";

type Rec = Parameters<typeof typeChangeRefusal>[0];
const rec = (over: Partial<InstanceRecord> = {}): Rec => ({
  InstanceId: "ins-aaaaaaaa",
  InstanceType: "S5.MEDIUM4",
  InstanceChargeType: "POSTPAID_BY_HOUR",
  Placement: { Zone: "ap-guangzhou-3" },
  SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 },
  DataDisks: [],
  ...over,
});
const code = (r: Rec, type: string) => typeChangeRefusal(r, type)?.code ?? null;

describe("typeChangeRefusal (ResetInstancesType seed 19960–20165)", () => {
  it("a plain move within the zone is allowed", () => {
    expect(code(rec(), "S5.LARGE8")).toBeNull();
    expect(code(rec(), "SA2.MEDIUM4")).toBeNull();
  });

  it("CDH instances and system disks outside CLOUD_BASIC/PREMIUM/SSD/BSSD cannot change type (seed 19784)", () => {
    expect(instanceRefusal(rec({ InstanceChargeType: "CDHPAID" }))?.code).toBe("InvalidInstance.NotSupported");
    expect(code(rec({ SystemDisk: { DiskType: "CLOUD_HSSD", DiskSize: 50 } }), "S5.LARGE8")).toBe("UnsupportedOperation.SystemDiskType");
  });

  it("GPU instances stay in their family; ARM stays ARM; local data disks stay in the family", () => {
    const gpu = rec({ InstanceType: "GN7.2XLARGE32" });
    expect(code(gpu, "GN7.5XLARGE80")).toBeNull();
    expect(code(gpu, "S5.2XLARGE32")).toBe("InvalidParameterValue.InvalidGPUFamilyChange");
    expect(code(gpu, "GNV4.LARGE20")).toBe("InvalidParameterValue.InvalidGPUFamilyChange");
    expect(code(rec({ InstanceType: "SR1.MEDIUM4" }), "S5.MEDIUM4")).toBe("UnsupportedOperation.UnsupportedARMChangeInstanceFamily");
    const local = rec({ Placement: { Zone: "ap-guangzhou-2" }, InstanceType: "S2.SMALL1", DataDisks: [{ DiskType: "LOCAL_BASIC", DiskSize: 50 }] });
    expect(code(local, "S2.MEDIUM4")).toBeNull();
    expect(code(local, "S5.MEDIUM4")).toBe("UnsupportedOperation.LocalDataDiskChangeInstanceFamily");
  });

  it("disks the target line does not offer → ResourceInsufficient.CloudDiskUnavailable (CLOUD_BASIC is legacy only)", () => {
    const legacy = rec({ Placement: { Zone: "ap-guangzhou-2" }, InstanceType: "S2.SMALL1", SystemDisk: { DiskType: "CLOUD_BASIC", DiskSize: 50 } });
    expect(code(legacy, "S2.MEDIUM4")).toBeNull();
    expect(code(legacy, "S5.MEDIUM4")).toBe("ResourceInsufficient.CloudDiskUnavailable");
  });

  it("isDowngrade: less CPU or less memory", () => {
    expect(isDowngrade("S5.LARGE8", "S5.MEDIUM4")).toBe(true);
    expect(isDowngrade("S5.LARGE8", "S5.LARGE16")).toBe(false);
    expect(isDowngrade("S5.LARGE16", "S5.2XLARGE16")).toBe(false);
    expect(isDowngrade("S5.2XLARGE32", "M5.LARGE32")).toBe(true);
  });
});
