import { describe, expect, it } from "vitest";
import { toInstanceRow, toInstanceView } from "./instance-view";

const apiInstance = {
  InstanceId: "ins-xlsyru2j",
  InstanceName: "myInstance",
  InstanceState: "RUNNING",
  Placement: { Zone: "ap-guangzhou-1", ProjectId: 1174660, HostIds: [] },
  LoginSettings: { Password: "123qwe!@#QWE", KeyIds: ["skey-b4vakk62"] },
  Metadata: { Items: [{ Key: "k", Value: "v" }] },
  SystemDisk: { DiskSize: 50, DiskId: "disk-czsodtl1", DiskType: "CLOUD_SSD" },
  Uuid: "e85f1388-0422-410d-8e50-bef540e78c18",
};

describe("instance views (seed 10138's example response)", () => {
  it("the detail view keeps the key pairs but drops the echoed password and the metadata", () => {
    const view = toInstanceView(apiInstance, "ap-guangzhou");
    expect(view.LoginSettings).toEqual({ KeyIds: ["skey-b4vakk62"] });
    expect(JSON.stringify(view)).not.toContain("123qwe");
    expect(view).not.toHaveProperty("Metadata");
    expect(view.Region).toBe("ap-guangzhou");
  });

  it("the list row is a small subset, also without the password", () => {
    const row = toInstanceRow(apiInstance, "ap-guangzhou");
    expect(row).toEqual({
      InstanceId: "ins-xlsyru2j",
      Region: "ap-guangzhou",
      InstanceName: "myInstance",
      InstanceState: "RUNNING",
      Placement: { Zone: "ap-guangzhou-1", ProjectId: 1174660 },
      SystemDisk: { DiskType: "CLOUD_SSD", DiskSize: 50 },
      LoginSettings: { KeyIds: ["skey-b4vakk62"] },
    });
  });
});
