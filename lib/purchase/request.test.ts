import { describe, expect, it } from "vitest";
import { defaultConfig, type PurchaseConfig } from "./config";
import { parseInquiryRequest } from "./inquiry-schema";
import { apiRequestText, canonicalJson, PASSWORD_PLACEHOLDER, toInquiryRequest, toRunInstancesRequest } from "./request";
import { decodeUserData } from "./user-data";

const config = (patch: Partial<PurchaseConfig> = {}): PurchaseConfig => ({
  ...defaultConfig("ap-guangzhou"),
  zone: "ap-guangzhou-3",
  instanceType: "S5.MEDIUM4",
  imageId: "img-eb30mz89",
  password: "Passw0rd!23",
  ...patch,
});

describe("the RunInstances request of a configuration", () => {
  it("carries the seed's field names, the count and the login", () => {
    const r = toRunInstancesRequest(config({ count: 3, instanceName: "web-{R:1}", dataDisks: [{ type: "CLOUD_SSD", size: 200, deleteWithInstance: true }] }));
    expect(r).toMatchObject({
      InstanceChargeType: "POSTPAID_BY_HOUR",
      Placement: { Zone: "ap-guangzhou-3" },
      InstanceType: "S5.MEDIUM4",
      ImageId: "img-eb30mz89",
      SystemDisk: { DiskSize: 50 },
      DataDisks: [{ DiskType: "CLOUD_SSD", DiskSize: 200, DeleteWithInstance: true }],
      InternetAccessible: { InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: 1, PublicIpAssigned: true },
      InstanceCount: 3,
      InstanceName: "web-{R:1}",
      LoginSettings: { Password: "Passw0rd!23" },
    });
    expect(r.SystemDisk.DiskType).toBeUndefined(); // default: a type in stock (seed 39205)
  });

  it("prepaid carries its period and renewal; spot its market options", () => {
    expect(toRunInstancesRequest(config({ chargeType: "PREPAID", period: 12 })).InstanceChargePrepaid).toEqual({ Period: 12, RenewFlag: "NOTIFY_AND_AUTO_RENEW" });
    expect(toRunInstancesRequest(config({ chargeType: "SPOTPAID", spotMaxPrice: "0.5" })).InstanceMarketOptions).toEqual({
      MarketType: "spot",
      SpotOptions: { MaxPrice: "0.5", SpotInstanceType: "one-time" },
    });
    // seed 39087: MaxPrice is required in SpotOptions; no bid → no options → the current price (seed 8845–8847).
    expect(toRunInstancesRequest(config({ chargeType: "SPOTPAID", spotMaxPrice: "" }))).not.toHaveProperty("InstanceMarketOptions");
  });

  it("0 Mbps never asks for a public IP (seed 37654)", () => {
    expect(toRunInstancesRequest(config({ bandwidth: 0, publicIp: true })).InternetAccessible.PublicIpAssigned).toBe(false);
  });

  it("key pairs, the image's login, or nothing (a random password)", () => {
    expect(toRunInstancesRequest(config({ loginMode: "keyPair", keyIds: ["skey-abcd1234"] })).LoginSettings).toEqual({ KeyIds: ["skey-abcd1234"] });
    expect(toRunInstancesRequest(config({ loginMode: "keepImage", imageSource: "PRIVATE_IMAGE" })).LoginSettings).toEqual({ KeepImageLogin: "true" });
    expect(toRunInstancesRequest(config({ loginMode: "random" })).LoginSettings).toBeUndefined();
  });

  it("tags go to TagSpecification; user data is sent base64-encoded", () => {
    const r = toRunInstancesRequest(config({ tags: [{ key: "env", value: "prod" }], userData: "#!/bin/sh\necho 你好" }));
    expect(r.TagSpecification).toEqual([{ ResourceType: "instance", Tags: [{ Key: "env", Value: "prod" }] }]);
    expect(decodeUserData(r.UserData!)).toBe("#!/bin/sh\necho 你好");
  });

  it("the price inquiry holds only what decides the price, and passes the route's schema", () => {
    const inquiry = toInquiryRequest(config({ instanceName: "web", tags: [{ key: "a", value: "b" }] }));
    expect(inquiry).not.toHaveProperty("LoginSettings");
    expect(inquiry).not.toHaveProperty("InstanceName");
    expect(parseInquiryRequest(JSON.stringify(inquiry))).toEqual(inquiry);
    expect(parseInquiryRequest(JSON.stringify({ ...inquiry, LoginSettings: { Password: "x" } }))).toBeNull();
    expect(parseInquiryRequest("not json")).toBeNull();
  });

  it("canonical JSON does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
  });

  it("the request to copy never shows the password, in JSON and tccli form", () => {
    const { json, tccli } = apiRequestText(config({ password: "Secr3t!pass" }));
    expect(json).not.toContain("Secr3t!pass");
    expect(json).toContain(PASSWORD_PLACEHOLDER);
    expect(tccli).not.toContain("Secr3t!pass");
    expect(tccli).toMatch(/^tccli cvm RunInstances --region ap-guangzhou \\\n {2}--InstanceChargeType POSTPAID_BY_HOUR/);
    expect(tccli).toContain(`--Placement '{"Zone":"ap-guangzhou-3"}'`);
  });
});
