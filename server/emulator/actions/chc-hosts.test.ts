// CHC hosted physical servers through the official SDK (seed 22444–23930): the demo servers, their out-of-band and
// deploy networks, the state machine and the actions each state denies.
import type { ChcHost } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ACCOUNT } from "../accounts";
import { CHC_DURATIONS_MS } from "../state/chc/operations";
import { defaultSubnet, defaultVpcId } from "../state/instances/network";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { errorCodeOf, sdkClient, type CvmClient } from "../testing";

let h: LifecycleHarness;
let client: CvmClient;
const scope = { account: DEMO_ACCOUNT.ownerUin, region: "ap-guangzhou" };

beforeAll(async () => {
  h = await startHarness({ mode: "realistic" });
  client = h.client;
});
afterAll(() => h.close());
// Every test starts from the demo servers as imported.
beforeEach(() => {
  h.emu.runtime.store.reset();
  h.elapse(1_000);
});

async function servers(): Promise<{ init: ChcHost[]; prepared: ChcHost }> {
  const all = (await client.DescribeChcHosts({})).ChcHostSet!;
  return { init: all.filter((c) => c.InstanceState === "INIT"), prepared: all.find((c) => c.InstanceState === "PREPARED")! };
}

async function server(id: string): Promise<ChcHost> {
  return (await client.DescribeChcHosts({ ChcIds: [id] })).ChcHostSet![0];
}

async function denied(id: string): Promise<string[]> {
  return (await client.DescribeChcDeniedActions({ ChcIds: [id] })).ChcHostDeniedActionSet![0].DenyActions!;
}

/** A caller's own VPC and subnet, as in the seed's examples. */
const OWN_BMC = { VpcId: "vpc-12345678", SubnetId: "subnet-12345678" };
const OWN_DEPLOY = { VpcId: "vpc-1234abcd", SubnetId: "subnet-1234abcd" };

describe("DescribeChcHosts", () => {
  it("DescribeChcHosts: every account has three demo servers per region, the same after a reset, two INIT and one PREPARED", async () => {
    const first = (await client.DescribeChcHosts({})).ChcHostSet!.map((c) => c.ChcId);
    expect(first).toHaveLength(3);
    for (const id of first) expect(id).toMatch(/^chc-[a-z0-9]{8}$/);
    h.emu.runtime.store.reset();
    expect((await client.DescribeChcHosts({})).ChcHostSet!.map((c) => c.ChcId)).toEqual(first);
    const { init, prepared } = await servers();
    expect(init).toHaveLength(2);
    expect(prepared).toBeDefined();
    const shanghai = (await sdkClient(h.emu.url, { region: "ap-shanghai" }).DescribeChcHosts({})).ChcHostSet!;
    expect(shanghai.map((c) => c.ChcId)).not.toEqual(first);
  });

  it("DescribeChcHosts: the seed's example (by ChcIds) → every ChcHost member, networks of a PREPARED server filled", async () => {
    const { prepared } = await servers();
    const res = await client.DescribeChcHosts({ ChcIds: [prepared.ChcId!] });
    expect(res.TotalCount).toBe(1);
    const subnetZone = res.ChcHostSet![0].Placement!.Zone!;
    expect(res.ChcHostSet![0]).toEqual({
      ChcId: prepared.ChcId,
      InstanceName: "chc-rack-b01",
      SerialNumber: expect.stringMatching(/^7DF1[0-9A-F]{8}$/),
      InstanceState: "PREPARED",
      DeviceType: "CHCM5",
      Placement: { Zone: subnetZone, ProjectId: 0 },
      BmcVirtualPrivateCloud: {
        VpcId: defaultVpcId(scope),
        SubnetId: defaultSubnet(scope, subnetZone).subnetId,
        AsVpcGateway: false,
        PrivateIpAddresses: [expect.stringMatching(/^172\.16\./)],
        Ipv6AddressCount: 0,
      },
      BmcIp: expect.stringMatching(/^172\.16\./),
      BmcSecurityGroupIds: [],
      DeployVirtualPrivateCloud: expect.objectContaining({ VpcId: defaultVpcId(scope) }),
      DeployIp: expect.stringMatching(/^172\.16\./),
      DeploySecurityGroupIds: [],
      CvmInstanceId: "",
      CreatedTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      HardwareDescription: "96核 768GB 480GB*2/1.92TB*4",
      CPU: 96,
      Memory: 768,
      Disk: "480GB*2/1.92TB*4",
      BmcMAC: expect.stringMatching(/^52:54:00(:[0-9A-F]{2}){3}$/),
      DeployMAC: expect.stringMatching(/^52:54:00(:[0-9A-F]{2}){3}$/),
      TenantType: "HOSTING",
      DeployExtraConfig: { MiniOsType: "public", BootType: "x86_uefi", BootFile: "pxelinux.0", NextServerAddress: "169.254.68.10" },
      Gpu: "",
      NetworkCard: "Mellanox CX-6 100GE",
      IsPredefinedType: true,
      ChcInstanceType: "CHCM5.96C768M",
      ChcInstanceFamily: "CHCM5",
      ChcInstanceFamilyName: "内存型CHCM5",
      ResaleAppId: "",
      ResaleAccountId: "",
      SaleStatus: "NOT_FOR_SALE",
      Tags: [],
      LatestOperation: "",
      LatestOperationErrorCode: "",
      LatestOperationErrorMsg: "",
      LatestOperationName: "",
      LatestOperationState: "",
    });
  });

  it("DescribeChcHosts: an INIT server reports empty networks", async () => {
    const { init } = await servers();
    expect(init[0]).toMatchObject({
      BmcIp: "",
      DeployIp: "",
      BmcMAC: "",
      BmcVirtualPrivateCloud: { VpcId: "", SubnetId: "", PrivateIpAddresses: [] },
      DeployExtraConfig: { MiniOsType: "", BootType: "", BootFile: "", NextServerAddress: "" },
    });
  });

  it("DescribeChcHosts: zone, instance-name, instance-state, device-type, vpc-id, subnet-id and sn filters", async () => {
    const { init, prepared } = await servers();
    const ids = async (Name: string, Values: string[]) => (await client.DescribeChcHosts({ Filters: [{ Name, Values }] })).ChcHostSet!.map((c) => c.ChcId).sort();
    expect(await ids("instance-state", ["INIT"])).toEqual(init.map((c) => c.ChcId).sort());
    expect(await ids("device-type", ["CHCM5"])).toEqual([prepared.ChcId]);
    expect(await ids("instance-name", ["chc-rack-a01", "chc-rack-b01"])).toHaveLength(2);
    expect(await ids("vpc-id", [defaultVpcId(scope)])).toEqual([prepared.ChcId]);
    expect(await ids("subnet-id", [prepared.BmcVirtualPrivateCloud!.SubnetId!])).toEqual([prepared.ChcId]);
    expect(await ids("sn", [init[1].SerialNumber!])).toEqual([init[1].ChcId]);
    expect(await ids("zone", [prepared.Placement!.Zone!])).toContain(prepared.ChcId);
  });

  it("DescribeChcHosts: Offset and Limit page the servers; TotalCount counts them all", async () => {
    const page = await client.DescribeChcHosts({ Offset: 1, Limit: 1 });
    expect(page.TotalCount).toBe(3);
    expect(page.ChcHostSet).toHaveLength(1);
    expect(await errorCodeOf(client.DescribeChcHosts({ Offset: -1 }))).toBe("InvalidParameterValueOffset");
    expect(await errorCodeOf(client.DescribeChcHosts({ Limit: 0 }))).toBe("InvalidParameterValue.Range");
    expect(await errorCodeOf(client.DescribeChcHosts({ Limit: 101 }))).toBe("InvalidParameterValue.Range");
  });

  it("DescribeChcHosts: ChcIds with Filters → InvalidParameter.AtMostOne; malformed → IncorrectFormat; unknown → ChcHostsNotFound; over 100 → InvalidParameterValueLimit", async () => {
    const { prepared } = await servers();
    expect(await errorCodeOf(client.DescribeChcHosts({ ChcIds: [prepared.ChcId!], Filters: [{ Name: "zone", Values: ["ap-guangzhou-3"] }] }))).toBe("InvalidParameter.AtMostOne");
    expect(await errorCodeOf(client.DescribeChcHosts({ ChcIds: ["chc-1"] }))).toBe("InvalidParameterValue.IncorrectFormat");
    expect(await errorCodeOf(client.DescribeChcHosts({ ChcIds: ["chc-1a2b3c4d"] }))).toBe("InvalidParameterValue.ChcHostsNotFound");
    const many = Array.from({ length: 101 }, (_, i) => `chc-${String(i).padStart(8, "0")}`);
    expect(await errorCodeOf(client.DescribeChcHosts({ ChcIds: many }))).toBe("InvalidParameterValueLimit");
  });

  it("DescribeChcHosts: filter refusals (InvalidFilter, InvalidFilterValue.LimitExceeded, NotEmpty, VpcIdMalformed, SubnetIdMalformed, InvalidZone.MismatchRegion, InvalidParameterValueLimit)", async () => {
    const fails = (Name: string, Values: string[]) => errorCodeOf(client.DescribeChcHosts({ Filters: [{ Name, Values }] }));
    expect(await fails("host-id", ["x"])).toBe("InvalidFilter");
    expect(await fails("zone", ["a", "b", "c", "d", "e", "f"])).toBe("InvalidFilterValue.LimitExceeded");
    expect(await fails("zone", [])).toBe("InvalidParameterValue.NotEmpty");
    expect(await fails("vpc-id", ["vpc-1"])).toBe("InvalidParameterValue.VpcIdMalformed");
    expect(await fails("subnet-id", ["subnet-1"])).toBe("InvalidParameterValue.SubnetIdMalformed");
    expect(await fails("zone", ["ap-shanghai-2"])).toBe("InvalidZone.MismatchRegion");
    const eleven = Array.from({ length: 11 }, () => ({ Name: "device-type", Values: ["CHCS5"] }));
    expect(await errorCodeOf(client.DescribeChcHosts({ Filters: eleven }))).toBe("InvalidParameterValueLimit");
  });
});

describe("DescribeChcDeniedActions", () => {
  it("DescribeChcDeniedActions: the seed's example shape — state and denied actions per server; INIT without a network may only get one", async () => {
    const { init, prepared } = await servers();
    const res = await client.DescribeChcDeniedActions({ ChcIds: [init[0].ChcId!, prepared.ChcId!] });
    expect(res.ChcHostDeniedActionSet).toEqual([
      { ChcId: init[0].ChcId, State: "INIT", DenyActions: ["ConfigureChcDeployVpc", "RemoveChcAssistVpc", "RemoveChcDeployVpc", "ModifyChcAttribute", "RunInstances"] },
      { ChcId: prepared.ChcId, State: "PREPARED", DenyActions: ["ConfigureChcAssistVpc", "ConfigureChcDeployVpc"] },
    ]);
  });

  it("DescribeChcDeniedActions: malformed → IncorrectFormat; unknown → ChcHostsNotFound", async () => {
    expect(await errorCodeOf(client.DescribeChcDeniedActions({ ChcIds: ["chc-xyz"] }))).toBe("InvalidParameterValue.IncorrectFormat");
    expect(await errorCodeOf(client.DescribeChcDeniedActions({ ChcIds: ["chc-adf34aft"] }))).toBe("InvalidParameterValue.ChcHostsNotFound");
  });
});

describe("ConfigureChcAssistVpc", () => {
  it("ConfigureChcAssistVpc: the seed's example (two servers, out-of-band and deploy networks with addresses and groups) → OPERATING, READY, then PREPARED", async () => {
    const { init } = await servers();
    const ids = init.map((c) => c.ChcId!);
    const get = sdkClient(h.emu.url, { reqMethod: "GET" });
    await get.ConfigureChcAssistVpc({
      ChcIds: ids,
      BmcVirtualPrivateCloud: { ...OWN_BMC, PrivateIpAddresses: ["10.0.0.2", "10.0.0.3"] },
      BmcSecurityGroupIds: ["sg-12345678"],
      DeployVirtualPrivateCloud: { ...OWN_DEPLOY, PrivateIpAddresses: ["10.0.1.2", "10.0.1.3"] },
      DeploySecurityGroupIds: ["sg-8a7f6d5s"],
    });
    const busy = await server(ids[1]);
    expect(busy).toMatchObject({
      InstanceState: "OPERATING",
      BmcIp: "10.0.0.3",
      BmcSecurityGroupIds: ["sg-12345678"],
      BmcVirtualPrivateCloud: { VpcId: "vpc-12345678", SubnetId: "subnet-12345678", PrivateIpAddresses: ["10.0.0.3"] },
      DeployIp: "10.0.1.3",
      DeploySecurityGroupIds: ["sg-8a7f6d5s"],
      DeployExtraConfig: { MiniOsType: "public", BootType: "x86_legacy", BootFile: "pxelinux.0" },
      LatestOperation: "ConfigureChcAssistVpc",
      LatestOperationState: "OPERATING",
    });
    expect(busy.BmcMAC).toMatch(/^52:54:00:/);
    expect(await denied(ids[0])).toHaveLength(6);
    h.elapse(CHC_DURATIONS_MS.configure);
    expect(await server(ids[0])).toMatchObject({ InstanceState: "READY", LatestOperationState: "SUCCESS" });
    expect(await denied(ids[0])).toEqual(["ConfigureChcAssistVpc", "ConfigureChcDeployVpc", "RunInstances"]);
    h.elapse(CHC_DURATIONS_MS.prepare);
    expect((await server(ids[0])).InstanceState).toBe("PREPARED");
  });

  it("ConfigureChcAssistVpc: out-of-band only → back to INIT with that network; addresses come from the subnet when not given", async () => {
    const { init } = await servers();
    const zoneSubnet = defaultSubnet(scope, init[0].Placement!.Zone!);
    await client.ConfigureChcAssistVpc({ ChcIds: [init[0].ChcId!], BmcVirtualPrivateCloud: { VpcId: zoneSubnet.vpcId, SubnetId: zoneSubnet.subnetId } });
    h.elapse(CHC_DURATIONS_MS.configure);
    const c = await server(init[0].ChcId!);
    expect(c).toMatchObject({ InstanceState: "INIT", DeployIp: "", BmcVirtualPrivateCloud: { SubnetId: zoneSubnet.subnetId } });
    expect(c.BmcIp).toMatch(/^172\.16\./);
    expect(await denied(init[0].ChcId!)).toEqual(["ConfigureChcAssistVpc", "RemoveChcDeployVpc", "RunInstances"]);
  });

  it("ConfigureChcAssistVpc: address refusals (AmountNotEqual, IPAddressMalformed, VpcAddrNotInSubNet, VpcIpIsUsed)", async () => {
    const { init, prepared } = await servers();
    const ids = init.map((c) => c.ChcId!);
    const configure = (PrivateIpAddresses: string[], vpc = OWN_BMC) =>
      errorCodeOf(client.ConfigureChcAssistVpc({ ChcIds: ids, BmcVirtualPrivateCloud: { ...vpc, PrivateIpAddresses } }));
    expect(await configure(["10.0.0.2"])).toBe("InvalidParameterValue.AmountNotEqual");
    expect(await configure(["10.0.0.2", "10.0.0.300"])).toBe("InvalidParameterValue.IPAddressMalformed");
    expect(await configure(["10.0.0.2", "8.8.8.8"])).toBe("VpcAddrNotInSubNet");
    expect(await configure(["10.0.0.2", "10.0.0.2"])).toBe("VpcIpIsUsed");
    // An address another server holds: the PREPARED demo server's, in the zone's default subnet.
    const vpc = prepared.BmcVirtualPrivateCloud!;
    const code = await errorCodeOf(client.ConfigureChcAssistVpc({ ChcIds: [ids[0]], BmcVirtualPrivateCloud: { VpcId: vpc.VpcId!, SubnetId: vpc.SubnetId!, PrivateIpAddresses: [prepared.BmcIp!] } }));
    expect(code).toBe("VpcIpIsUsed");
    // A default subnet of another zone does not suit the server.
    const other = defaultSubnet(scope, "ap-guangzhou-7");
    expect(await errorCodeOf(client.ConfigureChcAssistVpc({ ChcIds: [ids[0]], BmcVirtualPrivateCloud: { VpcId: other.vpcId, SubnetId: other.subnetId } }))).toBe("InvalidParameter");
  });

  it("ConfigureChcAssistVpc: id and format refusals (SubnetIdMalformed, IncorrectFormat, LimitExceeded, InvalidParameter, InvalidHost.NotSupported, ChcHostsNotFound)", async () => {
    const { init, prepared } = await servers();
    const id = init[0].ChcId!;
    const configure = (extra: object) => errorCodeOf(client.ConfigureChcAssistVpc({ ChcIds: [id], BmcVirtualPrivateCloud: OWN_BMC, ...extra }));
    expect(await configure({ BmcVirtualPrivateCloud: { VpcId: "vpc-12345678", SubnetId: "subnet-1" } })).toBe("InvalidParameterValue.SubnetIdMalformed");
    expect(await configure({ BmcVirtualPrivateCloud: { VpcId: "vpc-1", SubnetId: "subnet-12345678" } })).toBe("InvalidParameterValue.IncorrectFormat");
    expect(await configure({ BmcSecurityGroupIds: ["sg-1"] })).toBe("InvalidParameterValue.IncorrectFormat");
    expect(await configure({ BmcSecurityGroupIds: Array.from({ length: 6 }, (_, i) => `sg-0000000${i}`) })).toBe("InvalidParameterValue.LimitExceeded");
    expect(await configure({ ChcDeployExtraConfig: { MiniOsType: "public", BootType: "x86_legacy" } })).toBe("InvalidParameter");
    expect(await configure({ DeployVirtualPrivateCloud: OWN_DEPLOY, ChcDeployExtraConfig: { MiniOsType: "public", BootType: "ppc" } })).toBe("InvalidParameterValue.IncorrectFormat");
    expect(await configure({ ChcIds: [id, id] })).toBe("InvalidParameter");
    expect(await configure({ ChcIds: [prepared.ChcId!] })).toBe("InvalidHost.NotSupported");
    expect(await configure({ ChcIds: ["chc-1a2b3c4d"] })).toBe("InvalidParameterValue.ChcHostsNotFound");
    // Nothing was changed by the refused calls.
    expect((await server(id)).InstanceState).toBe("INIT");
  });
});

describe("ConfigureChcDeployVpc", () => {
  it("ConfigureChcDeployVpc: the seed's example (deploy network with DHCP options) after the out-of-band one → READY, then PREPARED", async () => {
    const { init } = await servers();
    const id = init[0].ChcId!;
    await client.ConfigureChcAssistVpc({ ChcIds: [id], BmcVirtualPrivateCloud: OWN_BMC });
    h.elapse(CHC_DURATIONS_MS.configure);
    await client.ConfigureChcDeployVpc({
      ChcIds: [id],
      DeployVirtualPrivateCloud: { ...OWN_DEPLOY, PrivateIpAddresses: ["10.0.1.2"] },
      DeploySecurityGroupIds: ["sg-8a7f6d5s"],
      ChcDeployExtraConfig: { MiniOsType: "public", BootType: "x86_legacy", BootFile: "pxelinux.0", NextServerAddress: "169.254.68.10" },
    });
    expect(await server(id)).toMatchObject({ InstanceState: "OPERATING", LatestOperation: "ConfigureChcDeployVpc", DeployIp: "10.0.1.2" });
    h.elapse(CHC_DURATIONS_MS.configure + CHC_DURATIONS_MS.prepare);
    expect(await server(id)).toMatchObject({ InstanceState: "PREPARED", DeployExtraConfig: { NextServerAddress: "169.254.68.10" } });
  });

  it("ConfigureChcDeployVpc: a deploy network that exists → DeployVpcAlreadyExists; before the out-of-band one → InvalidHost.NotSupported", async () => {
    const { init, prepared } = await servers();
    const deploy = (id: string) => errorCodeOf(client.ConfigureChcDeployVpc({ ChcIds: [id], DeployVirtualPrivateCloud: OWN_DEPLOY }));
    expect(await deploy(prepared.ChcId!)).toBe("InvalidParameterValue.DeployVpcAlreadyExists");
    expect(await deploy(init[0].ChcId!)).toBe("InvalidHost.NotSupported");
  });

  it("ConfigureChcDeployVpc: IncorrectFormat for malformed ids and addresses; AmountNotEqual; VpcAddrNotInSubNet", async () => {
    const { init } = await servers();
    const id = init[0].ChcId!;
    await client.ConfigureChcAssistVpc({ ChcIds: [id], BmcVirtualPrivateCloud: OWN_BMC });
    h.elapse(CHC_DURATIONS_MS.configure);
    const deploy = (vpc: object) => errorCodeOf(client.ConfigureChcDeployVpc({ ChcIds: [id], DeployVirtualPrivateCloud: { ...OWN_DEPLOY, ...vpc } }));
    expect(await deploy({ SubnetId: "subnet-x" })).toBe("InvalidParameterValue.IncorrectFormat");
    expect(await deploy({ PrivateIpAddresses: ["not-an-ip"] })).toBe("InvalidParameterValue.IncorrectFormat");
    expect(await deploy({ PrivateIpAddresses: ["10.0.1.2", "10.0.1.3"] })).toBe("InvalidParameterValue.AmountNotEqual");
    expect(await deploy({ PrivateIpAddresses: ["1.2.3.4"] })).toBe("VpcAddrNotInSubNet");
  });
});

describe("RemoveChcDeployVpc / RemoveChcAssistVpc", () => {
  it("RemoveChcDeployVpc: the seed's example → the deploy network goes, the out-of-band one stays, back to INIT", async () => {
    const { prepared } = await servers();
    const get = sdkClient(h.emu.url, { reqMethod: "GET" });
    await get.RemoveChcDeployVpc({ ChcIds: [prepared.ChcId!] });
    expect(await server(prepared.ChcId!)).toMatchObject({ InstanceState: "OPERATING", LatestOperation: "RemoveChcDeployVpc", DeployIp: "" });
    h.elapse(CHC_DURATIONS_MS.remove);
    expect(await server(prepared.ChcId!)).toMatchObject({ InstanceState: "INIT", BmcIp: prepared.BmcIp, DeployIp: "", LatestOperationState: "SUCCESS" });
    expect(await errorCodeOf(client.RemoveChcDeployVpc({ ChcIds: [prepared.ChcId!] }))).toBe("InvalidHost.NotSupported");
  });

  it("RemoveChcAssistVpc: the seed's example → both networks go and their addresses are free again", async () => {
    const { init, prepared } = await servers();
    await client.RemoveChcAssistVpc({ ChcIds: [prepared.ChcId!] });
    h.elapse(CHC_DURATIONS_MS.remove);
    expect(await server(prepared.ChcId!)).toMatchObject({ InstanceState: "INIT", BmcIp: "", DeployIp: "" });
    const vpc = prepared.BmcVirtualPrivateCloud!;
    await client.ConfigureChcAssistVpc({ ChcIds: [init[0].ChcId!], BmcVirtualPrivateCloud: { VpcId: vpc.VpcId!, SubnetId: vpc.SubnetId!, PrivateIpAddresses: [prepared.BmcIp!] } });
    expect((await server(init[0].ChcId!)).BmcIp).toBe(prepared.BmcIp);
  });

  it("RemoveChcAssistVpc: nothing to remove or busy → InvalidHost.NotSupported; malformed → IncorrectFormat; unknown → ChcHostsNotFound", async () => {
    const { init, prepared } = await servers();
    expect(await errorCodeOf(client.RemoveChcAssistVpc({ ChcIds: [init[0].ChcId!] }))).toBe("InvalidHost.NotSupported");
    await client.RemoveChcAssistVpc({ ChcIds: [prepared.ChcId!] });
    expect(await errorCodeOf(client.RemoveChcAssistVpc({ ChcIds: [prepared.ChcId!] }))).toBe("InvalidHost.NotSupported");
    expect(await errorCodeOf(client.RemoveChcAssistVpc({ ChcIds: ["chc-2324adf"] }))).toBe("InvalidParameterValue.IncorrectFormat");
    expect(await errorCodeOf(client.RemoveChcDeployVpc({ ChcIds: ["chc-2324adf5"] }))).toBe("InvalidParameterValue.ChcHostsNotFound");
  });
});

describe("ModifyChcAttribute", () => {
  it("ModifyChcAttribute: the seed's example (two servers, InstanceName server1, DeviceType CHC_HS1) renames and retypes both", async () => {
    const { init, prepared } = await servers();
    await client.ConfigureChcAssistVpc({ ChcIds: [init[0].ChcId!], BmcVirtualPrivateCloud: OWN_BMC });
    h.elapse(CHC_DURATIONS_MS.configure);
    const get = sdkClient(h.emu.url, { reqMethod: "GET" });
    await get.ModifyChcAttribute({ ChcIds: [init[0].ChcId!, prepared.ChcId!], InstanceName: "server1", DeviceType: "CHC_HS1" });
    for (const id of [init[0].ChcId!, prepared.ChcId!]) {
      expect(await server(id)).toMatchObject({ InstanceName: "server1", DeviceType: "CHC_HS1", CPU: 56, Memory: 384, IsPredefinedType: false });
    }
  });

  it("ModifyChcAttribute: BMC user, password (never shown) and security groups of the out-of-band network", async () => {
    const { prepared } = await servers();
    await client.ModifyChcAttribute({ ChcIds: [prepared.ChcId!], BmcUser: "albert", Password: "Test@1234", BmcSecurityGroupIds: ["sg-1a2b34af"] });
    const c = await server(prepared.ChcId!);
    expect(c.BmcSecurityGroupIds).toEqual(["sg-1a2b34af"]);
    expect(JSON.stringify(c)).not.toContain("Test@1234");
  });

  it("ModifyChcAttribute: no network → ChcNetworkEmpty; busy → InvalidHost.NotSupported; the change is all or nothing", async () => {
    const { init, prepared } = await servers();
    expect(await errorCodeOf(client.ModifyChcAttribute({ ChcIds: [init[0].ChcId!], InstanceName: "x" }))).toBe("InvalidParameterValue.ChcNetworkEmpty");
    expect(await errorCodeOf(client.ModifyChcAttribute({ ChcIds: [prepared.ChcId!, init[0].ChcId!], InstanceName: "x" }))).toBe("InvalidParameterValue.ChcNetworkEmpty");
    expect((await server(prepared.ChcId!)).InstanceName).toBe("chc-rack-b01");
    await client.RemoveChcDeployVpc({ ChcIds: [prepared.ChcId!] });
    expect(await errorCodeOf(client.ModifyChcAttribute({ ChcIds: [prepared.ChcId!], InstanceName: "x" }))).toBe("InvalidHost.NotSupported");
  });

  it("ModifyChcAttribute: value refusals (InvalidPassword, IncorrectFormat, NotEmpty, InvalidSecurityGroupId.NotFound, LimitExceeded, InvalidParameter)", async () => {
    const { prepared } = await servers();
    const modify = (extra: object) => errorCodeOf(client.ModifyChcAttribute({ ChcIds: [prepared.ChcId!], ...extra }));
    expect(await modify({ Password: "short" })).toBe("InvalidPassword");
    expect(await modify({ Password: "much-too-long-password" })).toBe("InvalidPassword");
    expect(await modify({ BmcUser: "al bert" })).toBe("InvalidParameterValue.IncorrectFormat");
    expect(await modify({ InstanceName: "" })).toBe("InvalidParameterValue.NotEmpty");
    expect(await modify({ BmcSecurityGroupIds: ["sg-bad"] })).toBe("InvalidSecurityGroupId.NotFound");
    expect(await modify({ BmcSecurityGroupIds: Array.from({ length: 6 }, (_, i) => `sg-0000000${i}`) })).toBe("InvalidParameterValue.LimitExceeded");
    expect(await modify({ DeviceType: "CHC_XX9" })).toBe("InvalidParameter");
    expect(await modify({})).toBe("InvalidParameter");
    expect(await errorCodeOf(client.ModifyChcAttribute({ ChcIds: ["chc-r8hr2upy"], InstanceName: "x" }))).toBe("InvalidParameterValue.ChcHostsNotFound");
  });
});

describe("RunInstances with ChcIds", () => {
  const SETTLE_MS = 61_000;
  const launch = (ChcIds: string[], extra: object = {}) =>
    client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", ChcIds, ...extra });
  const instance = async (id: string) => (await client.DescribeInstances({ InstanceIds: [id] })).InstanceSet![0];

  it("RunInstances ChcIds: a PREPARED server → one instance shaped like it; the server turns ONLINE with CvmInstanceId; after TerminateInstances it is PREPARED again", async () => {
    const { prepared } = await servers();
    expect(prepared.Placement!.Zone).toBe("ap-guangzhou-3");
    const { InstanceIdSet } = await launch([prepared.ChcId!]);
    expect(InstanceIdSet).toHaveLength(1);
    const [id] = InstanceIdSet!;
    // seed 35928: "ONLINE: 已分配云主机".
    expect(await server(prepared.ChcId!)).toMatchObject({ InstanceState: "ONLINE", CvmInstanceId: id, LatestOperation: "RunInstances", LatestOperationState: "SUCCESS" });
    expect(await denied(prepared.ChcId!)).toContain("RunInstances");
    expect((await client.DescribeChcHosts({ Filters: [{ Name: "instance-state", Values: ["ONLINE"] }] })).ChcHostSet!.map((c) => c.ChcId)).toEqual([prepared.ChcId]);
    expect(await instance(id)).toMatchObject({ InstanceType: "CHCM5.96C768M", CPU: 96, Memory: 768, InstanceState: "PENDING", Placement: { Zone: "ap-guangzhou-3" } });
    // One instance per server: an ONLINE server takes no other.
    expect(await errorCodeOf(launch([prepared.ChcId!]))).toBe("UnsupportedOperation");
    h.elapse(SETTLE_MS);
    expect((await instance(id)).InstanceState).toBe("RUNNING");
    // The hosted server is paid for itself: a quote for the instance prices its cloud disk only (50 GB CLOUD_PREMIUM).
    const quote = await client.InquiryPriceModifyInstancesChargeType({ InstanceIds: [id], InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1 } });
    expect(quote.Price!.InstancePrice!.OriginalPrice).toBeGreaterThan(0);
    expect(quote.Price!.InstancePrice!.OriginalPrice).toBeLessThan(50);
    await client.TerminateInstances({ InstanceIds: [id] });
    expect((await server(prepared.ChcId!)).InstanceState).toBe("ONLINE");
    h.elapse(SETTLE_MS);
    expect(await server(prepared.ChcId!)).toMatchObject({ InstanceState: "PREPARED", CvmInstanceId: "" });
    expect((await launch([prepared.ChcId!])).InstanceIdSet).toHaveLength(1);
  });

  it("RunInstances ChcIds: unknown → ChcHostsNotFound; malformed → IncorrectFormat; no deploy network → OperationDenied.ChcInstallCloudImageWithoutDeployNetwork; other zone → ZoneNotSupported; count, charge type or type that do not fit → InvalidParameterCombination", async () => {
    const { init, prepared } = await servers();
    const id = prepared.ChcId!;
    expect(await errorCodeOf(launch(["chc-abcdefgh"]))).toBe("InvalidParameterValue.ChcHostsNotFound");
    expect(await errorCodeOf(launch(["chc-1"]))).toBe("InvalidParameterValue.IncorrectFormat");
    expect(await errorCodeOf(launch([init[0].ChcId!]))).toBe("OperationDenied.ChcInstallCloudImageWithoutDeployNetwork");
    expect(await errorCodeOf(launch([id], { Placement: { Zone: "ap-guangzhou-4" } }))).toBe("InvalidParameterValue.ZoneNotSupported");
    expect(await errorCodeOf(launch([id], { InstanceCount: 2 }))).toBe("InvalidParameterCombination");
    expect(await errorCodeOf(launch([id], { InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1 } }))).toBe("InvalidParameterCombination");
    expect(await errorCodeOf(launch([id], { InstanceType: "S5.MEDIUM4" }))).toBe("InvalidParameterCombination");
    expect(await errorCodeOf(launch([id], { DryRun: true }))).toBe("DryRunOperation");
    // A server being configured (READY, not yet checked) takes nothing until it is PREPARED.
    await client.ConfigureChcAssistVpc({ ChcIds: [init[0].ChcId!], BmcVirtualPrivateCloud: OWN_BMC, DeployVirtualPrivateCloud: OWN_DEPLOY });
    h.elapse(CHC_DURATIONS_MS.configure);
    expect((await server(init[0].ChcId!)).InstanceState).toBe("READY");
    expect(await errorCodeOf(launch([init[0].ChcId!]))).toBe("UnsupportedOperation");
    expect((await server(id)).InstanceState).toBe("PREPARED");
    expect((await client.DescribeInstances({})).TotalCount).toBe(0);
  });

  it("RunInstances ChcIds under the launchFailed fault: the instance ends LAUNCH_FAILED and its server is PREPARED again", async () => {
    const { prepared } = await servers();
    h.emu.runtime.faults.set({ action: "RunInstances", kind: "launchFailed", probability: 1, latencyMs: 0 });
    try {
      const [id] = (await launch([prepared.ChcId!])).InstanceIdSet!;
      expect((await server(prepared.ChcId!)).CvmInstanceId).toBe(id);
      h.elapse(SETTLE_MS);
      expect((await instance(id)).InstanceState).toBe("LAUNCH_FAILED");
      expect(await server(prepared.ChcId!)).toMatchObject({ InstanceState: "PREPARED", CvmInstanceId: "" });
    } finally {
      h.emu.runtime.faults.clear();
    }
  });
});
