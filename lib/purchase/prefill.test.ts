import { describe, expect, it } from "vitest";
import { pickDefaultImage, pickDefaultType } from "./defaults";
import { isUncertainOutcome, formFieldErrors } from "./outcome";
import { prefillFromInstance, prefillFromLink, prefillFromTemplate, purchaseHref, readPurchaseLink } from "./prefill";
import type { ImageOption, TypeOffer } from "./types";

describe("starting points of the wizard", () => {
  it("an instance gives its whole configuration, never a password, and keeps key pairs", () => {
    const p = prefillFromInstance({
      Placement: { Zone: "ap-guangzhou-3", ProjectId: 0 },
      InstanceType: "S5.LARGE8",
      InstanceChargeType: "PREPAID",
      RenewFlag: "NOTIFY_AND_AUTO_RENEW",
      ImageId: "img-eb30mz89",
      OsName: "TencentOS Server 3.1",
      SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 50 },
      DataDisks: [{ DiskType: "CLOUD_SSD", DiskSize: 200, DeleteWithInstance: true }],
      VirtualPrivateCloud: { VpcId: "vpc-abcd1234", SubnetId: "subnet-abcd1234" },
      InternetAccessible: { InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: 5 },
      SecurityGroupIds: ["sg-abcd1234"],
      LoginSettings: { KeyIds: ["skey-abcd1234"] },
      Tags: [{ Key: "env", Value: "prod" }],
      InstanceName: "web-03",
      HostName: "web03",
    });
    expect(p).toMatchObject({
      zone: "ap-guangzhou-3",
      instanceType: "S5.LARGE8",
      chargeType: "PREPAID",
      renewFlag: "NOTIFY_AND_AUTO_RENEW",
      systemDisk: { type: "CLOUD_PREMIUM", size: 50 },
      dataDisks: [{ type: "CLOUD_SSD", size: 200, deleteWithInstance: true }],
      vpcId: "vpc-abcd1234",
      bandwidth: 5,
      publicIp: true,
      loginMode: "keyPair",
      keyIds: ["skey-abcd1234"],
      tags: [{ key: "env", value: "prod" }],
      instanceName: "web-03",
    });
    expect(p).not.toHaveProperty("password");
    expect(p).not.toHaveProperty("hostName"); // host names are per machine
    expect(prefillFromInstance({ OsName: "Windows Server 2022" }).platform).toBe("WINDOWS");
  });

  it("a launch template gives its data, count and names", () => {
    const p = prefillFromTemplate({ Placement: { Zone: "ap-guangzhou-4" }, InstanceType: "S5.SMALL2", InstanceCount: 3, InstanceName: "web-{R:1}", HostName: "web{R:1}" });
    expect(p).toMatchObject({ zone: "ap-guangzhou-4", instanceType: "S5.SMALL2", count: 3, instanceName: "web-{R:1}", hostName: "web{R:1}" });
  });

  it("a link round-trips through purchaseHref and ignores what is malformed", () => {
    const href = purchaseHref({ region: "ap-guangzhou", zone: "ap-guangzhou-3", type: "S5.MEDIUM4", charge: "PREPAID", period: 12 });
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    const link = readPurchaseLink({ ...params, from: "not-an-id", count: "-3" });
    expect(link).toEqual({ region: "ap-guangzhou", zone: "ap-guangzhou-3", type: "S5.MEDIUM4", charge: "PREPAID", period: 12 });
    expect(prefillFromLink(link)).toEqual({ zone: "ap-guangzhou-3", instanceType: "S5.MEDIUM4", chargeType: "PREPAID", period: 12 });
    expect(prefillFromLink({ charge: "FREE", period: 13 })).toEqual({});
  });

  it("the pricing page's disks and bandwidth come along (its buyHref parameters)", () => {
    const link = readPurchaseLink({
      systemDiskType: "CLOUD_SSD",
      systemDiskSize: "60",
      dataDiskType: "CLOUD_PREMIUM",
      dataDiskSize: "200",
      bandwidth: "0",
      internetChargeType: "BANDWIDTH_PREPAID",
    });
    expect(prefillFromLink(link)).toEqual({
      systemDisk: { type: "CLOUD_SSD", size: 60 },
      dataDisks: [{ type: "CLOUD_PREMIUM", size: 200, deleteWithInstance: true }],
      bandwidth: 0,
      publicIp: false,
      internetChargeType: "BANDWIDTH_PREPAID",
    });
  });
});

const offer = (InstanceType: string, Cpu: number, Memory: number, Status = "SELL"): TypeOffer =>
  ({ InstanceType, InstanceFamily: InstanceType.split(".")[0], Cpu, Memory, Status }) as TypeOffer;
const image = (ImageId: string, Platform: string, extra: Partial<ImageOption> = {}): ImageOption =>
  ({ ImageId, Platform, OsName: Platform, Architecture: "x86_64", ImageState: "NORMAL", ImageDeprecated: false, ...extra }) as ImageOption;

describe("what a fresh wizard selects", () => {
  it("the newest standard 2 vCPU / 4 GB type in stock, else the smallest in stock", () => {
    expect(pickDefaultType([offer("S5.MEDIUM4", 2, 4), offer("S6.MEDIUM4", 2, 4), offer("S5.SMALL1", 1, 1)])).toBe("S6.MEDIUM4");
    expect(pickDefaultType([offer("S6.MEDIUM4", 2, 4, "SOLD_OUT"), offer("C5.LARGE8", 4, 8), offer("S5.SMALL1", 1, 1)])).toBe("S5.SMALL1");
  });

  it("a current TencentOS image first, never a deprecated one", () => {
    expect(pickDefaultImage([image("img-1", "CentOS"), image("img-2", "TencentOS", { ImageDeprecated: true }), image("img-3", "TencentOS")])?.ImageId).toBe("img-3");
    expect(pickDefaultImage([image("img-1", "Windows"), image("img-2", "Ubuntu")])?.ImageId).toBe("img-2");
  });
});

describe("after a failed attempt", () => {
  it("no answer or a transient failure is an unknown outcome; a Tencent refusal is not", () => {
    expect(isUncertainOutcome("ClientNetworkError")).toBe(true);
    expect(isUncertainOutcome("ClientTimeout")).toBe(true);
    expect(isUncertainOutcome("InternalError")).toBe(true);
    expect(isUncertainOutcome("LimitExceeded.InstanceQuota")).toBe(false);
    expect(isUncertainOutcome("ValidationError")).toBe(false);
  });

  it("the action's config.* field errors land on the form's fields", () => {
    expect(formFieldErrors({ "config.password": "k1", form: "k2" })).toEqual({ password: "k1", form: "k2" });
  });
});
