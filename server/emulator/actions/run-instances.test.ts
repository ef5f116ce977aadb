// RunInstances through the official SDK: the seed's request examples, defaults, naming, login and the
// documented refusals (seed 8550–9865).
import type { RunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, minimalLaunch, describeOne, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { securityGroupsOf } from "../state/security-groups/catalog";
import { errorCodeOf, sdkClient, type CvmClient } from "../testing";

let h: LifecycleHarness;
let shanghai: CvmClient;
beforeAll(async () => {
  h = await startHarness({ mode: "realistic" });
  shanghai = sdkClient(h.emu.url, { region: "ap-shanghai" });
});
afterAll(() => h.close());
beforeEach(() => h.elapse(1_000));

const run = (req: RunInstancesRequest, client: CvmClient = h.client) => client.RunInstances(req);
const refused = (extra: Partial<RunInstancesRequest>) => errorCodeOf(run(minimalLaunch(extra)));

async function describeIds(ids: string[], client: CvmClient = h.client) {
  const res = await client.DescribeInstances({ InstanceIds: ids });
  return ids.map((id) => res.InstanceSet!.find((i) => i.InstanceId === id)!);
}

// The seed's examples send numbers as JSON strings ("DiskSize": "50"); the SDK sends typed values.
describe("the seed's request examples", () => {
  it("RunInstances example 3 (最简单参数, seed 9205): one PENDING instance with every default filled", async () => {
    const res = await run({ Placement: { Zone: "ap-shanghai-2" }, ImageId: "img-pmqg1cw7" }, shanghai);
    expect(res.InstanceIdSet).toHaveLength(1);
    expect(res.InstanceIdSet![0]).toMatch(/^ins-[a-z0-9]{8}$/);
    const [i] = await describeIds(res.InstanceIdSet!, shanghai);
    expect(i).toMatchObject({
      InstanceState: "PENDING",
      InstanceChargeType: "POSTPAID_BY_HOUR",
      InstanceName: "未命名",
      Placement: { Zone: "ap-shanghai-2", ProjectId: 0 },
      ImageId: "img-pmqg1cw7",
      OsName: "CentOS 7.9 64位",
      SystemDisk: { DiskSize: 50 },
      DataDisks: [],
      RenewFlag: null,
      ExpiredTime: null,
      PublicIpAddresses: null,
      RestrictState: "NORMAL",
      StopChargingMode: "NOT_APPLICABLE",
      LatestOperation: "RunInstances",
      LatestOperationState: "OPERATING",
      LatestOperationRequestId: res.RequestId,
      DisableApiTermination: false,
      DefaultLoginUser: "root",
      DefaultLoginPort: 22,
      LicenseType: "TencentCloud",
      IsolatedSource: "NOTISOLATED",
    });
    expect(i.CreatedTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(i.Uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(i.VirtualPrivateCloud!.VpcId).toMatch(/^vpc-[a-z0-9]{8}$/);
    expect(i.PrivateIpAddresses![0]).toMatch(/^172\.16\.\d+\.\d+$/);
    expect(i.SecurityGroupIds![0]).toMatch(/^sg-[a-z0-9]{8}$/);
    expect(i.SystemDisk!.DiskId).toMatch(/^disk-[a-z0-9]{8}$/);
  });

  it("RunInstances example 2 (包年包月, seed 9100): prepaid for a month with auto-renew, public IP, a 100 GB data disk", async () => {
    const res = await run(
      {
        SystemDisk: { DiskSize: 50, DiskType: "CLOUD_PREMIUM" },
        InstanceCount: 1,
        Placement: { Zone: "ap-shanghai-2" },
        LoginSettings: { Password: "Qcloud@TestApi123++" },
        ImageId: "img-pmqg1cw7",
        InstanceChargeType: "PREPAID",
        EnhancedService: { SecurityService: { Enabled: true }, MonitorService: { Enabled: true } },
        InternetAccessible: { PublicIpAssigned: true, InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: 10 },
        InstanceChargePrepaid: { RenewFlag: "NOTIFY_AND_AUTO_RENEW", Period: 1 },
        InstanceName: "QCLOUD-TEST",
        InstanceType: "S5.LARGE8",
        DataDisks: [{ DiskSize: 100, DiskType: "CLOUD_PREMIUM" }],
      },
      shanghai,
    );
    const [i] = await describeIds(res.InstanceIdSet!, shanghai);
    expect(i).toMatchObject({
      InstanceChargeType: "PREPAID",
      RenewFlag: "NOTIFY_AND_AUTO_RENEW",
      InstanceName: "QCLOUD-TEST",
      InstanceType: "S5.LARGE8",
      CPU: 4,
      Memory: 8,
      InternetAccessible: { InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: 10, PublicIpAssigned: true },
      DataDisks: [{ DiskSize: 100, DiskType: "CLOUD_PREMIUM", DeleteWithInstance: true, Encrypt: false }],
    });
    expect(i.PublicIpAddresses).toHaveLength(1);
    const created = new Date(i.CreatedTime!);
    const expires = new Date(i.ExpiredTime!);
    expect(expires.getUTCMonth()).toBe((created.getUTCMonth() + 1) % 12);
  });

  it("RunInstances example 5 (指定私有网络ip, seed 9346): the two named addresses in the named subnet; reusing one → VpcIpIsUsed", async () => {
    const req: RunInstancesRequest = {
      VirtualPrivateCloud: { SubnetId: "subnet-dcs9x3gz", VpcId: "vpc-1urkhbj4", PrivateIpAddresses: ["10.0.0.19", "10.0.0.18"] },
      InstanceCount: 2,
      Placement: { Zone: "ap-shanghai-2" },
      SystemDisk: { DiskSize: 50, DiskType: "CLOUD_PREMIUM" },
      ImageId: "img-dkwyg6sr",
      InstanceType: "S5.MEDIUM4",
    };
    const res = await run(req, shanghai);
    const instances = await describeIds(res.InstanceIdSet!, shanghai);
    expect(instances.map((i) => i.PrivateIpAddresses![0])).toEqual(["10.0.0.19", "10.0.0.18"]);
    expect(instances[0].VirtualPrivateCloud).toMatchObject({ VpcId: "vpc-1urkhbj4", SubnetId: "subnet-dcs9x3gz" });
    h.elapse(1_000);
    const again = { ...req, InstanceCount: 1, VirtualPrivateCloud: { ...req.VirtualPrivateCloud!, PrivateIpAddresses: ["10.0.0.18"] } };
    expect(await errorCodeOf(run(again, shanghai))).toBe("VpcIpIsUsed");
    expect(await errorCodeOf(run({ ...again, InstanceCount: 2 }, shanghai))).toBe("InvalidParameterCombination");
  });

  it("RunInstances example 1 (独享子机, seed 9030): CDHPAID on a host the account does not have → InvalidHostId.NotFound", async () => {
    const req: RunInstancesRequest = {
      Placement: { HostIds: ["host-q88gab4i"], Zone: "ap-shanghai-2" },
      ImageId: "img-pmqg1cw7",
      InstanceChargeType: "CDHPAID",
      InstanceType: "CDH_1C1G",
    };
    expect(await errorCodeOf(run(req, shanghai))).toBe("InvalidHostId.NotFound");
    expect(await errorCodeOf(run({ ...req, Placement: { HostIds: ["host-1122"], Zone: "ap-shanghai-2" } }, shanghai))).toBe("InvalidHostId.Malformed");
    // A host of the account's own (AllocateHosts, delivered after a minute): the instance lands on it.
    const [hostId] = (await shanghai.AllocateHosts({ Placement: { Zone: "ap-shanghai-2" }, HostChargePrepaid: { Period: 1 } })).HostIdSet!;
    h.elapse(60_000);
    const [i] = await describeIds((await run({ ...req, Placement: { HostIds: [hostId], Zone: "ap-shanghai-2" } }, shanghai)).InstanceIdSet!, shanghai);
    expect(i).toMatchObject({ InstanceChargeType: "CDHPAID", InstanceType: "CDH_1C1G", CPU: 1, Memory: 1, Placement: { HostId: hostId } });
  });
});

describe("names: InstanceName and HostName with {R:x} (seed 8729–8736, 8803–8811)", () => {
  const names = async (extra: Partial<RunInstancesRequest>) => (await describeIds((await run(minimalLaunch(extra))).InstanceIdSet!)).map((i) => [i.InstanceName, i.HostName]);

  it("RunInstances: server_{R:3} × 3 → server_3, server_4, server_5; HostName server{R:3} → server3…", async () => {
    expect(await names({ InstanceCount: 3, InstanceName: "server_{R:3}", HostName: "server{R:3}" })).toEqual([
      ["server_3", "server3"],
      ["server_4", "server4"],
      ["server_5", "server5"],
    ]);
  });

  it("RunInstances: without a pattern a batch gets the suffixes 1…n (server_ → server_1, server_2; web → web1, web2)", async () => {
    expect(await names({ InstanceCount: 2, InstanceName: "server_", HostName: "web" })).toEqual([
      ["server_1", "web1"],
      ["server_2", "web2"],
    ]);
  });

  it("RunInstances: a single instance keeps its name, {R:x} becomes x; several patterns advance together", async () => {
    expect(await names({ InstanceName: "server_{R:3}" })).toEqual([["server_3", expect.stringMatching(/^VM-\d+-\d+-centos$/)]]);
    expect((await names({ InstanceCount: 2, InstanceName: "a{R:1}-b{R:10}" })).map(([n]) => n)).toEqual(["a1-b10", "a2-b11"]);
  });

  it("RunInstances: InstanceName over 128 characters → InvalidInstanceName.TooLong", async () => {
    expect(await refused({ InstanceName: "x".repeat(129) })).toBe("InvalidInstanceName.TooLong");
  });

  it("RunInstances: HostName rules per OS → InvalidParameterValue.IllegalHostName", async () => {
    const windows = { ImageId: "img-9id7emv8", InstanceType: "S5.MEDIUM4" };
    expect(await refused({ HostName: "a..b" })).toBe("InvalidParameterValue.IllegalHostName");
    expect(await refused({ HostName: "-web" })).toBe("InvalidParameterValue.IllegalHostName");
    expect(await refused({ HostName: "w".repeat(61) })).toBe("InvalidParameterValue.IllegalHostName");
    expect(await refused({ ...windows, HostName: "web.prod" })).toBe("InvalidParameterValue.IllegalHostName");
    expect(await refused({ ...windows, HostName: "12345" })).toBe("InvalidParameterValue.IllegalHostName");
    expect(await refused({ ...windows, HostName: "w".repeat(16) })).toBe("InvalidParameterValue.IllegalHostName");
    await run(minimalLaunch({ HostName: "web.prod-1" }));
  });
});

describe("login (LoginSettings, seed 38213–38250)", () => {
  const windows = { ImageId: "img-9id7emv8", InstanceType: "S5.MEDIUM4" };
  const password = (Password: string, extra: Partial<RunInstancesRequest> = {}) => refused({ ...extra, LoginSettings: { Password } });

  it("RunInstances: Linux passwords need 8–30 characters of two kinds → else InvalidParameterValue.InvalidPassword", async () => {
    expect(await password("abcdefgh")).toBe("InvalidParameterValue.InvalidPassword");
    expect(await password("abc12D!")).toBe("InvalidParameterValue.InvalidPassword");
    expect(await password("Abcdefg1" + "x".repeat(23))).toBe("InvalidParameterValue.InvalidPassword");
    expect(await password("abc defg1")).toBe("InvalidParameterValue.InvalidPassword");
    await run(minimalLaunch({ LoginSettings: { Password: "abcdefg1" } }));
  });

  it("RunInstances: Windows passwords need 12–30 characters of three kinds", async () => {
    expect(await password("abcdefgh1234", windows)).toBe("InvalidParameterValue.InvalidPassword");
    expect(await password("Abcdefg1234", windows)).toBe("InvalidParameterValue.InvalidPassword");
    const [i] = await describeIds((await run(minimalLaunch({ ...windows, LoginSettings: { Password: "Abcdefgh1234" } }))).InstanceIdSet!);
    expect(i).toMatchObject({ DefaultLoginUser: "Administrator", DefaultLoginPort: 3389 });
  });

  it("RunInstances: Password with KeyIds → InvalidParameterCombination; KeepImageLogin with a password → InvalidParameter.ParameterConflict", async () => {
    expect(await refused({ LoginSettings: { Password: "abcdefg1", KeyIds: ["skey-b4vakk62"] } })).toBe("InvalidParameterCombination");
    expect(await refused({ LoginSettings: { Password: "abcdefg1", KeepImageLogin: "true" } })).toBe("InvalidParameter.ParameterConflict");
  });

  it("RunInstances: key pairs — malformed → InvalidKeyPairId.Malformed, unknown → InvalidParameterValue.KeyPairNotFound, on Windows → UnsupportedOperation.KeyPairUnsupportedWindows; KeyIds are returned", async () => {
    const { KeyPair } = await h.client.CreateKeyPair({ KeyName: "run_instances_key", ProjectId: 0 });
    expect(await refused({ LoginSettings: { KeyIds: ["skey-1122"] } })).toBe("InvalidKeyPairId.Malformed");
    // seed 9680: a well-formed id that is not one of the region's key pairs.
    expect(await refused({ LoginSettings: { KeyIds: ["skey-b4vakk62"] } })).toBe("InvalidParameterValue.KeyPairNotFound");
    expect(await refused({ LoginSettings: { KeyIds: [KeyPair!.KeyId!, "skey-b4vakk62"] } })).toBe("InvalidParameterValue.KeyPairNotFound");
    // Key pairs are per region: the same id in another region is unknown there.
    expect(await errorCodeOf(run({ Placement: { Zone: "ap-shanghai-2" }, ImageId: "img-pmqg1cw7", LoginSettings: { KeyIds: [KeyPair!.KeyId!] } }, shanghai))).toBe(
      "InvalidParameterValue.KeyPairNotFound",
    );
    expect(await refused({ ...windows, LoginSettings: { KeyIds: [KeyPair!.KeyId!] } })).toBe("UnsupportedOperation.KeyPairUnsupportedWindows");
    const [i] = await describeIds((await run(minimalLaunch({ LoginSettings: { KeyIds: [KeyPair!.KeyId!] } }))).InstanceIdSet!);
    expect(i.LoginSettings).toEqual({ KeyIds: [KeyPair!.KeyId] });
    const { KeyPairSet } = await h.client.DescribeKeyPairs({ KeyIds: [KeyPair!.KeyId!] });
    expect(KeyPairSet![0].AssociatedInstanceIds).toEqual([i.InstanceId]);
  });

  it("RunInstances: SecurityGroupIds — the region's groups are bound in order; unknown or malformed → InvalidSecurityGroupId.NotFound; more than 5 → LimitExceeded.SingleUSGQuota", async () => {
    const groups = securityGroupsOf(h.ctx.scope).map((g) => g.SecurityGroupId);
    expect(await refused({ SecurityGroupIds: ["sg-abcdefgh"] })).toBe("InvalidSecurityGroupId.NotFound");
    expect(await refused({ SecurityGroupIds: [groups[1], "sg-ide32"] })).toBe("InvalidSecurityGroupId.NotFound");
    // Security groups are per region: a Shanghai group does not exist in Guangzhou.
    const shanghaiGroup = securityGroupsOf({ ...h.ctx.scope, region: "ap-shanghai" })[1].SecurityGroupId;
    expect(await refused({ SecurityGroupIds: [shanghaiGroup] })).toBe("InvalidSecurityGroupId.NotFound");
    expect(await refused({ SecurityGroupIds: groups })).toBe("LimitExceeded.SingleUSGQuota");
    const [i] = await describeIds((await run(minimalLaunch({ SecurityGroupIds: [groups[2], groups[1]] }))).InstanceIdSet!);
    expect(i.SecurityGroupIds).toEqual([groups[2], groups[1]]);
  });
});

describe("catalogue, placement and billing refusals", () => {
  const cases: [string, Partial<RunInstancesRequest>, string][] = [
    ["no Placement", { Placement: undefined }, "MissingParameter"],
    ["a zone of another region", { Placement: { Zone: "ap-shanghai-2" } }, "InvalidZone.MismatchRegion"],
    ["a sold-out zone (ap-guangzhou-1 is UNAVAILABLE)", { Placement: { Zone: "ap-guangzhou-1" } }, "ResourceInsufficient.AvailabilityZoneSoldOut"],
    ["a malformed InstanceType", { InstanceType: "s5-small" }, "InvalidInstanceType.Malformed"],
    ["an unknown InstanceType", { InstanceType: "S5.HUGE999" }, "InvalidParameterValue.InstanceTypeNotFound"],
    ["a sold-out InstanceType", { InstanceType: "M5.16XLARGE512" }, "ResourcesSoldOut.SpecifiedInstanceType"],
    ["a malformed ImageId", { ImageId: "image-1" }, "InvalidImageId.Malformed"],
    ["an unknown ImageId", { ImageId: "img-00000000" }, "InvalidImageId.NotFound"],
    ["Windows on 1 GiB", { ImageId: "img-9id7emv8", InstanceType: "S5.SMALL1" }, "InvalidParameterValue.InvalidImageForGivenInstanceType"],
    ["InstanceCount 0", { InstanceCount: 0 }, "InvalidParameterValue.Range"],
    ["InstanceCount 501", { InstanceCount: 501 }, "InvalidParameterValue.Range"],
    ["an unknown InstanceChargeType", { InstanceChargeType: "FREE" }, "InvalidParameterValue"],
    ["PREPAID without InstanceChargePrepaid", { InstanceChargeType: "PREPAID" }, "MissingParameter"],
    ["Period 13", { InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 13 } }, "InvalidPeriod"],
    ["a 10 GB system disk", { SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: 10 } }, "InvalidParameterValue.Range"],
    ["a 50 GB CLOUD_SSD data disk", { DataDisks: [{ DiskType: "CLOUD_SSD", DiskSize: 50 }] }, "InvalidParameterValue.CloudSsdDataDiskSizeTooSmall"],
    ["UserData that is not base64", { UserData: "not base64!" }, "InvalidParameterValue.InvalidUserDataFormat"],
    ["UserData over 16 KB", { UserData: "QUFB".repeat(4200) }, "InvalidParameterValue.InvalidUserDataFormat"],
    ["a public IP with 0 Mbps", { InternetAccessible: { PublicIpAssigned: true, InternetMaxBandwidthOut: 0 } }, "InvalidParameterCombination"],
    ["a reserved tag key", { TagSpecification: [{ ResourceType: "instance", Tags: [{ Key: "qcloud:x", Value: "1" }] }] }, "FailedOperation.TagKeyReserved"],
    ["a tag key twice", { TagSpecification: [{ ResourceType: "instance", Tags: [{ Key: "a", Value: "1" }, { Key: "a", Value: "2" }] }] }, "InvalidParameterValue.DuplicateTags"],
    ["a ClientToken over 64 characters", { ClientToken: "t".repeat(65) }, "InvalidClientToken.TooLong"],
    ["a malformed VpcId", { VirtualPrivateCloud: { VpcId: "vpc-1", SubnetId: "subnet-abcdefgh" } }, "InvalidParameterValue.VpcIdMalformed"],
    ["market options on a pay-as-you-go instance", { InstanceMarketOptions: { SpotOptions: { MaxPrice: "9" } } }, "InvalidParameterCombination"],
    ["a spot bid below the spot price", { InstanceChargeType: "SPOTPAID", InstanceType: "S5.LARGE8", InstanceMarketOptions: { SpotOptions: { MaxPrice: "0.001" } } }, "InvalidParameterValue.InsufficientPrice"],
    ["an unknown placement group", { DisasterRecoverGroupIds: ["ps-abcdefgh"] }, "FailedOperation.DisasterRecoverGroupNotFound"],
    ["CpuTopology without ThreadPerCore", { CpuTopology: { CoreCount: 1 } }, "InvalidParameter.LackCoreCountOrThreadPerCore"],
  ];
  for (const [what, extra, code] of cases) {
    it(`RunInstances: ${what} → ${code}`, async () => {
      h.elapse(150);
      expect(await refused(extra)).toBe(code);
    });
  }

  it("RunInstances: tags land on the instance and are found by the tag:<key> filter", async () => {
    const { InstanceIdSet } = await run(minimalLaunch({ TagSpecification: [{ ResourceType: "instance", Tags: [{ Key: "city", Value: "shenzhen" }] }] }));
    const found = await h.client.DescribeInstances({ Filters: [{ Name: "tag:city", Values: ["shenzhen"] }] });
    expect(found.InstanceSet!.map((i) => i.InstanceId)).toEqual(InstanceIdSet);
    expect(found.InstanceSet![0].Tags).toEqual([{ Key: "city", Value: "shenzhen" }]);
  });

  it("RunInstances: SPOTPAID with a winning bid is a spot instance", async () => {
    const { InstanceIdSet } = await run(minimalLaunch({ InstanceChargeType: "SPOTPAID", InstanceType: "S5.LARGE8", InstanceMarketOptions: { SpotOptions: { MaxPrice: "100" } } }));
    expect((await describeOne(h, InstanceIdSet![0]))!.InstanceChargeType).toBe("SPOTPAID");
  });

  it("RunInstances: SPOTPAID in a finance region → UnsupportedOperation.SpotUnsupportedRegion", async () => {
    const fsi = sdkClient(h.emu.url, { region: "ap-shanghai-fsi" });
    expect(await errorCodeOf(run({ Placement: { Zone: "ap-shanghai-fsi-1" }, ImageId: "img-pmqg1cw7", InstanceChargeType: "SPOTPAID", InstanceType: "S5.LARGE8" }, fsi))).toBe(
      "UnsupportedOperation.SpotUnsupportedRegion",
    );
  });
});
