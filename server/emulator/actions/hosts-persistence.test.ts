// CDH hosts, CHC servers, HPC clusters and repair tasks live in the store: a restarted emulator on the same file
// finds them as they were, transitions in flight included.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { ALLOCATE_HOST_MS } from "../state/hosts/allocate";
import { CHC_DURATIONS_MS } from "../state/chc/operations";
import { startHarness } from "../state/instances/lifecycle.testing";

const dir = mkdtempSync(join(tmpdir(), "cvm-hosts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("hosts, CHC networks, HPC clusters and repair authorisations persist across a restart on the same file", async () => {
  const dbPath = join(dir, "emulator.db");
  const first = await startHarness({ mode: "realistic" }, dbPath);
  const c1 = first.client;
  const [hostId] = (await c1.AllocateHosts({ Placement: { Zone: "ap-guangzhou-3" }, HostChargePrepaid: { Period: 3 }, ClientToken: "persist-1" })).HostIdSet!;
  await c1.ModifyHostsAttribute({ HostIds: [hostId], HostName: "kept" });
  const chc = (await c1.DescribeChcHosts({ Filters: [{ Name: "instance-state", Values: ["INIT"] }] })).ChcHostSet![0].ChcId!;
  await c1.ConfigureChcAssistVpc({ ChcIds: [chc], BmcVirtualPrivateCloud: { VpcId: "vpc-12345678", SubnetId: "subnet-12345678", PrivateIpAddresses: ["10.0.0.2"] } });
  const hpc = (await c1.CreateHpcCluster({ Name: "kept", Zone: "ap-guangzhou-3" })).HpcClusterSet![0].HpcClusterId!;
  const task = (await c1.DescribeTaskInfo({ Limit: 100, Offset: 0, TaskStatus: [1], StartDate: "2000-01-01 00:00:00" })).RepairTaskInfoSet![0];
  await c1.RepairTaskControl({ Product: task.Product!, InstanceIds: [task.InstanceId!], TaskId: task.TaskId!, Operate: "AuthorizeRepair" });
  const host = (await c1.DescribeHosts({})).HostSet![0];
  await first.close();

  const second = await startHarness({ mode: "realistic" }, dbPath);
  try {
    const c2 = second.client;
    expect((await c2.DescribeHosts({})).HostSet).toEqual([host]);
    // The ClientToken ledger survives too: the retry buys nothing.
    expect((await c2.AllocateHosts({ Placement: { Zone: "ap-guangzhou-3" }, HostChargePrepaid: { Period: 3 }, ClientToken: "persist-1" })).HostIdSet).toEqual([hostId]);
    expect((await c2.DescribeChcHosts({ ChcIds: [chc] })).ChcHostSet![0]).toMatchObject({ InstanceState: "OPERATING", BmcIp: "10.0.0.2" });
    expect((await c2.DescribeHpcClusters({ HpcClusterIds: [hpc] })).HpcClusterSet![0].Name).toBe("kept");
    const again = (await c2.DescribeTaskInfo({ Limit: 100, Offset: 0, TaskIds: [task.TaskId!], StartDate: "2000-01-01 00:00:00" })).RepairTaskInfoSet![0];
    expect(again).toMatchObject({ TaskStatus: 2, AuthSource: "Customer_auth" });
    // The second harness restarts Date at real time: move well past everything in flight.
    second.elapse(ALLOCATE_HOST_MS + CHC_DURATIONS_MS.configure + 60_000);
    expect((await c2.DescribeHosts({})).HostSet![0]).toMatchObject({ HostName: "kept", HostState: "RUNNING" });
    expect((await c2.DescribeChcHosts({ ChcIds: [chc] })).ChcHostSet![0].InstanceState).toBe("INIT");
  } finally {
    await second.close();
  }
});
