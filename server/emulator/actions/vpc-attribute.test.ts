import { afterAll, beforeAll, describe as group, expect, it } from "vitest";
import { describe, launchRunning, launchStopped, SETTLE_MS } from "../state/changes/changes.testing";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { defaultSubnet, ipToNumber, namedSubnet } from "../state/instances/network";
import { errorCodeOf } from "../testing";

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const modify = (InstanceIds: string[], VirtualPrivateCloud: { VpcId: string; SubnetId: string; PrivateIpAddresses?: string[] }, extra: object = {}) =>
  h.client.ModifyInstancesVpcAttribute({ InstanceIds, VirtualPrivateCloud, ...extra });
const SEED_VPC = { VpcId: "vpc-1urkhbj4", SubnetId: "subnet-dcs9x3gz" };

group("ModifyInstancesVpcAttribute", () => {
  it("ModifyInstancesVpcAttribute: the seed's example moves two RUNNING instances to the subnet with the given IPs (STOPPING → RUNNING)", async () => {
    const [a, b] = await launchRunning(h, { InstanceCount: 2 });
    const res = await modify([a, b], { ...SEED_VPC, PrivateIpAddresses: ["10.0.0.19", "10.0.0.18"] });
    expect(await describe(h.client, a)).toMatchObject({ InstanceState: "STOPPING", LatestOperation: "ModifyInstancesVpcAttribute", LatestOperationState: "OPERATING", LatestOperationRequestId: res.RequestId });
    h.elapse(SETTLE_MS);
    for (const [id, ip] of [[a, "10.0.0.19"], [b, "10.0.0.18"]]) {
      expect(await describe(h.client, id)).toMatchObject({
        InstanceState: "RUNNING",
        PrivateIpAddresses: [ip],
        VirtualPrivateCloud: { ...SEED_VPC, PrivateIpAddresses: [ip] },
        HostName: `VM-0-${ip.split(".")[3]}-centos`,
        LatestOperationState: "SUCCESS",
      });
    }
    const found = await h.client.DescribeInstances({ Filters: [{ Name: "subnet-id", Values: [SEED_VPC.SubnetId] }] });
    expect(found.InstanceSet!.map((i) => i.InstanceId).sort()).toEqual([a, b].sort());
  });

  it("ModifyInstancesVpcAttribute: without IPs each instance gets a free address of the new subnet; ReserveHostName keeps the host name", async () => {
    const [id] = await launchRunning(h, { HostName: "db-primary" });
    const target = { VpcId: "vpc-2ij00000", SubnetId: "subnet-2ks00000" };
    await modify([id], target, { ReserveHostName: true });
    h.elapse(SETTLE_MS);
    const inst = await describe(h.client, id);
    const s = namedSubnet(target.VpcId, target.SubnetId);
    const offset = ipToNumber(inst.PrivateIpAddresses![0]) - s.base;
    expect(offset).toBeGreaterThanOrEqual(2);
    expect(offset).toBeLessThan(254);
    expect(inst).toMatchObject({ VirtualPrivateCloud: target, HostName: "db-primary" });
  });

  it("ModifyInstancesVpcAttribute: ForceStop false leaves RUNNING instances alone (UnsupportedOperation.InstanceStateRunning); a STOPPED one changes and stays STOPPED", async () => {
    const [running] = await launchRunning(h);
    expect(await errorCodeOf(modify([running], SEED_VPC, { ForceStop: false }))).toBe("UnsupportedOperation.InstanceStateRunning");
    const stopped = await launchStopped(h);
    const zoneSubnet = defaultSubnet(h.ctx.scope, "ap-guangzhou-3");
    const third = (zoneSubnet.base >>> 8) & 255;
    const ip = `172.16.${third}.200`;
    await modify([stopped], { VpcId: zoneSubnet.vpcId, SubnetId: zoneSubnet.subnetId, PrivateIpAddresses: [ip] }, { ForceStop: false });
    expect((await describe(h.client, stopped)).InstanceState).toBe("STOPPED");
    h.elapse(SETTLE_MS);
    expect(await describe(h.client, stopped)).toMatchObject({ InstanceState: "STOPPED", PrivateIpAddresses: [ip], HostName: `VM-${third}-200-centos` });
  });

  it("ModifyInstancesVpcAttribute: an address in use → VpcIpIsUsed; outside the subnet → VpcAddrNotInSubNet; not an IP → InvalidParameterValue.InvalidIpFormat; count mismatch → InvalidParameterValue", async () => {
    const [a, b] = await launchRunning(h, { InstanceCount: 2 });
    const taken = (await describe(h.client, b)).PrivateIpAddresses![0];
    const zoneSubnet = defaultSubnet(h.ctx.scope, "ap-guangzhou-3");
    const vpc = { VpcId: zoneSubnet.vpcId, SubnetId: zoneSubnet.subnetId };
    expect(await errorCodeOf(modify([a], { ...vpc, PrivateIpAddresses: [taken] }))).toBe("VpcIpIsUsed");
    expect(await errorCodeOf(modify([a], { ...vpc, PrivateIpAddresses: ["10.0.0.18"] }))).toBe("VpcAddrNotInSubNet");
    expect(await errorCodeOf(modify([a], { ...vpc, PrivateIpAddresses: ["172.16.0.300"] }))).toBe("InvalidParameterValue.InvalidIpFormat");
    expect(await errorCodeOf(modify([a, b], { ...vpc, PrivateIpAddresses: [`172.16.${(zoneSubnet.base >>> 8) & 255}.20`] }))).toBe("InvalidParameterValue");
    // Swapping the two instances' addresses is fine: both give theirs up.
    const mine = (await describe(h.client, a)).PrivateIpAddresses![0];
    await modify([a, b], { ...vpc, PrivateIpAddresses: [taken, mine] });
    h.elapse(SETTLE_MS);
    expect((await describe(h.client, a)).PrivateIpAddresses).toEqual([taken]);
  });

  it("ModifyInstancesVpcAttribute: malformed VPC / subnet → …VpcIdMalformed / …SubnetIdMalformed; another zone's subnet → InvalidParameterValue; IPv6 instance to another VPC → UnsupportedOperation.IPv6NotSupportVpcMigrate", async () => {
    const [id] = await launchRunning(h);
    expect(await errorCodeOf(modify([id], { VpcId: "vpc-1urk", SubnetId: SEED_VPC.SubnetId }))).toBe("InvalidParameterValue.VpcIdMalformed");
    expect(await errorCodeOf(modify([id], { VpcId: SEED_VPC.VpcId, SubnetId: "subnet-x" }))).toBe("InvalidParameterValue.SubnetIdMalformed");
    const other = defaultSubnet(h.ctx.scope, "ap-guangzhou-4");
    expect(await errorCodeOf(modify([id], { VpcId: other.vpcId, SubnetId: other.subnetId }))).toBe("InvalidParameterValue");
    expect(await errorCodeOf(modify([id], { VpcId: SEED_VPC.VpcId, SubnetId: defaultSubnet(h.ctx.scope, "ap-guangzhou-3").subnetId }))).toBe("InvalidParameterValue");
    const [v6] = await launchRunning(h, { VirtualPrivateCloud: { VpcId: "DEFAULT", SubnetId: "DEFAULT", Ipv6AddressCount: 1 } });
    expect(await errorCodeOf(modify([v6], SEED_VPC))).toBe("UnsupportedOperation.IPv6NotSupportVpcMigrate");
  });

  it("ModifyInstancesVpcAttribute: unknown instance → InvalidInstanceId.NotFound; malformed → InvalidParameterValue (the page documents no Malformed code); PENDING / in flight → their codes", async () => {
    expect(await errorCodeOf(modify(["ins-r8hr2upy"], SEED_VPC))).toBe("InvalidInstanceId.NotFound");
    expect(await errorCodeOf(modify(["ins-r8h"], SEED_VPC))).toBe("InvalidParameterValue");
    const { InstanceIdSet } = await h.client.RunInstances({ Placement: { Zone: "ap-guangzhou-3" }, ImageId: "img-pmqg1cw7" });
    expect(await errorCodeOf(modify(InstanceIdSet!, SEED_VPC))).toBe("UnsupportedOperation.InstanceStatePending");
    h.elapse(SETTLE_MS);
    await modify(InstanceIdSet!, SEED_VPC);
    expect(await errorCodeOf(modify(InstanceIdSet!, SEED_VPC))).toBe("MutexOperation.TaskRunning");
    // The instance shows STOPPING while it moves (seed 31352): other actions see that state.
    expect(await errorCodeOf(h.client.RebootInstances({ InstanceIds: InstanceIdSet! }))).toBe("UnsupportedOperation.InstanceStateStopping");
  });

  it("ModifyInstancesVpcAttribute: an instance stopped without charging → UnsupportedOperation.StoppedModeStopCharging", async () => {
    const [id] = await launchRunning(h);
    await h.client.StopInstances({ InstanceIds: [id], StoppedMode: "STOP_CHARGING" });
    h.elapse(SETTLE_MS);
    expect(await errorCodeOf(modify([id], SEED_VPC))).toBe("UnsupportedOperation.StoppedModeStopCharging");
  });
});
