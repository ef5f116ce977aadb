import { describe, expect, it } from "vitest";
import { diffTemplateData, flattenTemplateData } from "./diff";

const v1 = {
  Placement: { Zone: "ap-guangzhou-3", ProjectId: 0 },
  InstanceType: "S5.MEDIUM4",
  ImageId: "img-eb30mz89",
  SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 },
  DataDisks: [{ DiskType: "CLOUD_SSD", DiskSize: 100 }],
  SecurityGroupIds: ["sg-bbbbbbbb", "sg-aaaaaaaa"],
  LoginSettings: { Password: "P@ssw0rd-not-shown", KeyIds: null },
  InstanceName: "",
};

describe("flattenTemplateData", () => {
  it("dots nested fields, indexes object arrays, joins scalar arrays sorted, drops empty values, masks passwords", () => {
    expect(flattenTemplateData(v1)).toEqual({
      "Placement.Zone": "ap-guangzhou-3",
      "Placement.ProjectId": "0",
      InstanceType: "S5.MEDIUM4",
      ImageId: "img-eb30mz89",
      "SystemDisk.DiskType": "CLOUD_PREMIUM",
      "SystemDisk.DiskSize": "50",
      "DataDisks.0.DiskType": "CLOUD_SSD",
      "DataDisks.0.DiskSize": "100",
      SecurityGroupIds: "sg-aaaaaaaa, sg-bbbbbbbb",
      "LoginSettings.Password": "••••••",
    });
  });
});

describe("diffTemplateData", () => {
  const v2 = { ...v1, InstanceType: "S5.LARGE8", SecurityGroupIds: ["sg-aaaaaaaa", "sg-bbbbbbbb"], DataDisks: [], InstanceName: "web" };

  it("classifies each field: changed, added, removed; order-only array changes are equal", () => {
    expect(diffTemplateData(v1, v2, true)).toEqual([
      { path: "DataDisks.0.DiskSize", a: "100", b: null, kind: "removed" },
      { path: "DataDisks.0.DiskType", a: "CLOUD_SSD", b: null, kind: "removed" },
      { path: "InstanceName", a: null, b: "web", kind: "added" },
      { path: "InstanceType", a: "S5.MEDIUM4", b: "S5.LARGE8", kind: "changed" },
    ]);
  });

  it("keeps the equal fields unless asked for differences only; identical versions have no differences", () => {
    expect(diffTemplateData(v1, v2).some((r) => r.path === "ImageId" && r.kind === "same")).toBe(true);
    expect(diffTemplateData(v1, structuredClone(v1), true)).toEqual([]);
  });

  it("does not compare the per-version ClientToken", () => {
    expect(diffTemplateData({ ClientToken: "a", ImageId: "img-1" }, { ClientToken: "b", ImageId: "img-1" }, true)).toEqual([]);
  });

  it("treats a missing version as empty (everything added)", () => {
    expect(diffTemplateData(undefined, { ImageId: "img-eb30mz89" })).toEqual([{ path: "ImageId", a: null, b: "img-eb30mz89", kind: "added" }]);
  });
});
