// The key-pair, security-group and network actions through the console's own client (server/cvm), so a bug
// shared by the SDK and the emulator's verifier cannot hide. Transitions are instant here; their timing is
// covered by the SDK contract tests beside this file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CvmClient } from "@/server/cvm/client";
import { CloudApiError } from "@/server/cvm/errors";
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from "../accounts";
import { startEmulator, type RunningEmulator } from "../server";
import { setSpeed } from "../state/instances/durations";
import { SEED_PUBLIC_KEY } from "../state/keypairs/keypairs.testing";
import { securityGroupsOf } from "../state/security-groups/catalog";

let emu: RunningEmulator;
let client: CvmClient;
const region = "ap-guangzhou";
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  setSpeed(emu.runtime.store, { mode: "instant" });
  client = new CvmClient({ endpoint: emu.url, secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY, timeoutMs: 10_000 });
});
afterAll(async () => {
  client.close();
  await emu.close();
});

const launch = async (extra: object = {}) =>
  (await client.call("RunInstances", { Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7", ...extra }, { region })).InstanceIdSet![0];
const instance = async (id: string) => (await client.call("DescribeInstances", { InstanceIds: [id] }, { region })).InstanceSet![0];
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable("expected a CloudApiError"), (e: unknown) => e as CloudApiError);

describe("Key pairs through our client", () => {
  it("Create / Import / Describe / Modify / Delete: answers and CloudApiError codes", async () => {
    const created = (await client.call("CreateKeyPair", { KeyName: "ours", ProjectId: 0 }, { region })).KeyPair!;
    expect(created.PrivateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
    const { KeyId } = await client.call("ImportKeyPair", { KeyName: "imported", ProjectId: 0, PublicKey: SEED_PUBLIC_KEY }, { region });
    const err = await failure(client.call("CreateKeyPair", { KeyName: "ours", ProjectId: 0 }, { region }));
    expect(err).toBeInstanceOf(CloudApiError);
    expect(err).toMatchObject({ code: "InvalidKeyPairName.Duplicate", action: "CreateKeyPair" });
    expect(err.requestId).toMatch(/\S/);
    await client.call("ModifyKeyPairAttribute", { KeyId: KeyId!, Description: "from our client" }, { region });
    const described = await client.call("DescribeKeyPairs", { KeyIds: [KeyId!, created.KeyId!] }, { region });
    expect(described.TotalCount).toBe(2);
    expect(described.KeyPairSet!.find((k) => k.KeyId === KeyId)).toMatchObject({ Description: "from our client", PublicKey: SEED_PUBLIC_KEY });
    await client.call("DeleteKeyPairs", { KeyIds: [created.KeyId!] }, { region });
    expect((await failure(client.call("DeleteKeyPairs", { KeyIds: [created.KeyId!] }, { region }))).code).toBe("InvalidKeyPairId.NotFound");
  });

  it("Associate / Disassociate key pairs on a STOPPED instance", async () => {
    const { KeyId } = (await client.call("CreateKeyPair", { KeyName: "bind_me", ProjectId: 0 }, { region })).KeyPair!;
    const id = await launch();
    expect((await failure(client.call("AssociateInstancesKeyPairs", { InstanceIds: [id], KeyIds: [KeyId!] }, { region }))).code).toBe("UnsupportedOperation.InstanceStateRunning");
    await client.call("StopInstances", { InstanceIds: [id] }, { region });
    await client.call("AssociateInstancesKeyPairs", { InstanceIds: [id], KeyIds: [KeyId!] }, { region });
    expect((await instance(id)).LoginSettings?.KeyIds).toEqual([KeyId]);
    await client.call("DisassociateInstancesKeyPairs", { InstanceIds: [id], KeyIds: [KeyId!] }, { region });
    expect((await instance(id)).LoginSettings?.KeyIds ?? null).toBeNull();
  });
});

describe("Security groups and network through our client", () => {
  it("Associate / Disassociate a security group", async () => {
    const [def, web] = securityGroupsOf({ account: "100000000001", region }).map((g) => g.SecurityGroupId);
    const id = await launch();
    await client.call("AssociateSecurityGroups", { InstanceIds: [id], SecurityGroupIds: [web] }, { region });
    expect((await instance(id)).SecurityGroupIds).toEqual([def, web]);
    await client.call("DisassociateSecurityGroups", { InstanceIds: [id], SecurityGroupIds: [def] }, { region });
    expect((await instance(id)).SecurityGroupIds).toEqual([web]);
    expect((await failure(client.call("AssociateSecurityGroups", { InstanceIds: [id], SecurityGroupIds: ["sg-ide32"] }, { region }))).code).toBe("InvalidSgId.Malformed");
  });

  it("Charge types, bandwidth inquiry / reset / configurations, VPC change", async () => {
    const types = await client.call("DescribeInternetChargeTypeConfigs", {}, { region, language: "zh-CN" });
    expect(types.InternetChargeTypeConfigSet).toHaveLength(4);
    const id = await launch({ InternetAccessible: { InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: 10 } });
    const { Price } = await client.call("InquiryPriceResetInstancesInternetMaxBandwidth", { InstanceIds: [id], InternetAccessible: { InternetMaxBandwidthOut: 20 } }, { region });
    expect(Price!.BandwidthPrice).toMatchObject({ UnitPrice: 0.8, ChargeUnit: "GB" });
    await client.call("ResetInstancesInternetMaxBandwidth", { InstanceIds: [id], InternetAccessible: { InternetMaxBandwidthOut: 20 } }, { region });
    expect((await instance(id)).InternetAccessible?.InternetMaxBandwidthOut).toBe(20);
    expect((await failure(client.call("DescribeInstanceInternetBandwidthConfigs", { InstanceId: id }, { region }))).code).toBe("InvalidInstance.NotSupported");
    const prepaid = await launch({ InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1 }, InternetAccessible: { InternetChargeType: "BANDWIDTH_PREPAID", InternetMaxBandwidthOut: 5 } });
    const configs = await client.call("DescribeInstanceInternetBandwidthConfigs", { InstanceId: prepaid }, { region });
    expect(configs.InternetBandwidthConfigSet![0].InternetAccessible).toEqual({ InternetMaxBandwidthOut: 5, InternetChargeType: "BANDWIDTH_PREPAID" });
    await client.call("ModifyInstancesVpcAttribute", { InstanceIds: [id], VirtualPrivateCloud: { VpcId: "vpc-1urkhbj4", SubnetId: "subnet-dcs9x3gz", PrivateIpAddresses: ["10.0.0.18"] } }, { region });
    expect(await instance(id)).toMatchObject({ InstanceState: "RUNNING", PrivateIpAddresses: ["10.0.0.18"], VirtualPrivateCloud: { VpcId: "vpc-1urkhbj4", SubnetId: "subnet-dcs9x3gz" } });
  });
});
