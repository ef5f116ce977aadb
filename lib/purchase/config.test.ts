import { describe, expect, it } from "vitest";
import { applyChange, configErrors, defaultConfig, PurchaseConfigSchema, type PurchaseConfig } from "./config";

const valid = (patch: Partial<PurchaseConfig> = {}): PurchaseConfig => ({
  ...defaultConfig("ap-guangzhou"),
  zone: "ap-guangzhou-3",
  instanceType: "S5.MEDIUM4",
  imageId: "img-eb30mz89",
  password: "Passw0rd!23",
  ...patch,
});

describe("the purchase configuration schema", () => {
  it("accepts a complete pay-as-you-go configuration", () => {
    expect(configErrors(valid())).toEqual({});
    expect(PurchaseConfigSchema.safeParse(valid()).success).toBe(true);
  });

  it("puts each problem on the field that fixes it, as an i18n key", () => {
    const errors = configErrors(valid({ count: 101, imageId: "", password: "short", instanceName: "x".repeat(129) }));
    expect(errors).toMatchObject({
      count: "purchase.error.count",
      imageId: "purchase.error.imageRequired",
      password: "purchase.error.passwordLengthLinux",
      instanceName: "purchase.error.nameTooLong",
    });
  });

  it("prepaid needs a documented period; spot a positive bid or none; CDH a host", () => {
    expect(configErrors(valid({ chargeType: "PREPAID", period: 13 })).period).toBe("purchase.error.period");
    expect(configErrors(valid({ chargeType: "PREPAID", period: 36 })).period).toBeUndefined();
    expect(configErrors(valid({ chargeType: "SPOTPAID", spotMaxPrice: "-1" })).spotMaxPrice).toBe("purchase.error.spotMaxPrice");
    expect(configErrors(valid({ chargeType: "SPOTPAID", spotMaxPrice: "" })).spotMaxPrice).toBeUndefined();
    expect(configErrors(valid({ chargeType: "CDHPAID" })).hostId).toBe("purchase.error.hostId");
  });

  it("disk sizes follow the type's rule: a CLOUD_SSD data disk is at least 100 GB in steps of 10 (seed 9612, 36163)", () => {
    const disk = (type: string, size: number) => configErrors(valid({ dataDisks: [{ type, size, deleteWithInstance: true }] }))["dataDisks.0.size"];
    expect(disk("CLOUD_SSD", 50)).toBe("purchase.error.dataDiskSize");
    expect(disk("CLOUD_SSD", 105)).toBe("purchase.error.dataDiskSize");
    expect(disk("CLOUD_SSD", 100)).toBeUndefined();
    expect(disk("CLOUD_PREMIUM", 10)).toBeUndefined();
    expect(configErrors(valid({ systemDisk: { type: "", size: 10 } }))["systemDisk.size"]).toBe("purchase.error.systemDiskSize");
  });

  it("host names are checked for every instance of the count (web{R:99} is too long for Windows at 100)", () => {
    expect(configErrors(valid({ platform: "WINDOWS", password: "Passw0rd!2345", hostName: "web-server{R:99999}", count: 2 })).hostName).toBe(
      "purchase.error.hostNameLengthWindows",
    );
    expect(configErrors(valid({ hostName: "web{R:1}", count: 3 })).hostName).toBeUndefined();
  });

  it("login: key pairs not on Windows, keeping the image login not with a public image (seed 38229–38243)", () => {
    expect(configErrors(valid({ loginMode: "keyPair", keyIds: [] })).keyIds).toBe("purchase.error.keyRequired");
    expect(configErrors(valid({ loginMode: "keyPair", keyIds: ["skey-abcd1234"], platform: "WINDOWS" })).keyIds).toBe("purchase.error.keyPairWindows");
    expect(configErrors(valid({ loginMode: "keepImage" })).loginMode).toBe("purchase.error.keepImagePublic");
    expect(configErrors(valid({ loginMode: "keepImage", imageSource: "PRIVATE_IMAGE" })).loginMode).toBeUndefined();
    expect(configErrors(valid({ loginMode: "random", password: "" }))).toEqual({});
  });

  it("prepaid bandwidth only with a prepaid instance; bandwidth within the billing's cap", () => {
    expect(configErrors(valid({ internetChargeType: "BANDWIDTH_PREPAID" })).internetChargeType).toBe("purchase.error.prepaidBandwidth");
    expect(configErrors(valid({ bandwidth: 101 })).bandwidth).toBe("purchase.error.bandwidth");
  });

  it("a changed charge type drops prepaid bandwidth; Windows drops key pair login", () => {
    const prepaid = valid({ chargeType: "PREPAID", internetChargeType: "BANDWIDTH_PREPAID" });
    expect(applyChange(prepaid, { chargeType: "POSTPAID_BY_HOUR" }).internetChargeType).toBe("TRAFFIC_POSTPAID_BY_HOUR");
    expect(applyChange(valid({ loginMode: "keyPair" }), { platform: "WINDOWS" }).loginMode).toBe("password");
  });
});
