// Repair tasks through the official SDK (seed 34182–34905): the demo tasks, DescribeTaskInfo's filters, window,
// order and paging, and RepairTaskControl authorising a task now or at a reserved time.
import type { DescribeTaskInfoRequest, RepairTaskInfo } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { beijingTime } from "../state/hosts/beijing-time";
import { REPAIR_PROCESSING_MS } from "../state/repair/repo";
import { startHarness, type LifecycleHarness } from "../state/instances/lifecycle.testing";
import { errorCodeOf, sdkClient, type CvmClient } from "../testing";

let h: LifecycleHarness;
let client: CvmClient;
/** "Now" for every test: 2023-03-20 10:00 Beijing time, inside the seed example's window (March 2023). */
const NOW = Date.parse("2023-03-20T10:00:00+08:00");
const MARCH = { StartDate: "2023-03-01 00:00:00", EndDate: "2023-04-01 00:00:00" };

beforeAll(async () => {
  h = await startHarness({ mode: "realistic" });
  client = h.client;
});
afterAll(() => h.close());
// The demo tasks are dated from the first look at a region: every test starts empty at the same moment.
beforeEach(() => {
  vi.setSystemTime(NOW);
  h.emu.runtime.store.reset();
  // Rewinding the clock would leave earlier tests' calls in the current rate-limit window.
  h.emu.runtime.limiter.reset();
});

const list = (req: Partial<DescribeTaskInfoRequest> = {}, c: CvmClient = client) => c.DescribeTaskInfo({ Limit: 100, Offset: 0, ...MARCH, ...req });

async function task(id: string): Promise<RepairTaskInfo> {
  return (await list({ TaskIds: [id], StartDate: "2023-01-01 00:00:00", EndDate: "2024-01-01 00:00:00" })).RepairTaskInfoSet![0];
}

async function waiting(type = 107): Promise<RepairTaskInfo> {
  return (await list({ TaskStatus: [1], TaskTypeIds: [type] })).RepairTaskInfoSet![0];
}

describe("DescribeTaskInfo", () => {
  it("DescribeTaskInfo: the seed's example (待授权, March 2023, CreateTime descending) → the waiting tasks, every RepairTaskInfo member", async () => {
    const res = await client.DescribeTaskInfo({ ...MARCH, TaskStatus: [1], Limit: 20, Offset: 0, OrderField: "CreateTime", Order: 1 });
    expect(res.TotalCount).toBe(4);
    const set = res.RepairTaskInfoSet!;
    expect(set.map((t) => t.TaskTypeId)).toEqual([107, 101, 102, 103]);
    expect(set.map((t) => t.CreateTime)).toEqual([...set.map((t) => t.CreateTime!)].sort().reverse());
    expect(set[0]).toEqual({
      TaskId: expect.stringMatching(/^rep-[a-z0-9]{8}$/),
      InstanceId: expect.stringMatching(/^ins-[a-z0-9]{8}$/),
      Alias: "web-01",
      TaskTypeId: 107,
      TaskTypeName: "实例维护升级",
      TaskStatus: 1,
      DeviceStatus: 1,
      OperateStatus: 1,
      CreateTime: "2023-03-20 08:00:00",
      AuthTime: null,
      EndTime: null,
      TaskDetail: expect.stringContaining("在线维护"),
      Zone: expect.stringMatching(/^ap-guangzhou-\d$/),
      Region: "ap-guangzhou",
      VpcId: expect.stringMatching(/^vpc-[a-z0-9]{8}$/),
      VpcName: "Default-VPC",
      SubnetId: expect.stringMatching(/^subnet-[a-z0-9]{8}$/),
      SubnetName: "Default-Subnet",
      WanIp: expect.stringMatching(/^\d+\.\d+\.\d+\.\d+$/),
      LanIp: expect.stringMatching(/^172\.16\.\d+\.\d+$/),
      Product: "CVM",
      TaskSubType: null,
      AuthType: 6,
      AuthSource: "Waiting_auth",
    });
    expect(set.find((t) => t.TaskTypeId === 102)).toMatchObject({ Product: "CDH", InstanceId: expect.stringMatching(/^host-/), TaskTypeName: "实例运行异常" });
  });

  it("DescribeTaskInfo: without StartDate/EndDate the window is today 00:00:00 to now (Beijing time)", async () => {
    const res = await client.DescribeTaskInfo({ Limit: 20, Offset: 0 });
    expect(res.RepairTaskInfoSet!.map((t) => t.TaskTypeId)).toEqual([107]);
  });

  it("DescribeTaskInfo: Product, TaskStatus, TaskTypeIds, TaskIds, InstanceIds and Aliases narrow the list", async () => {
    const all = (await list()).RepairTaskInfoSet!;
    expect(all).toHaveLength(5);
    const types = async (req: Partial<DescribeTaskInfoRequest>) => (await list(req)).RepairTaskInfoSet!.map((t) => t.TaskTypeId).sort();
    expect(await types({ Product: "CDH" })).toEqual([102]);
    expect(await types({ Product: "" })).toHaveLength(5);
    expect(await types({ TaskStatus: [3] })).toEqual([105]);
    expect(await types({ TaskTypeIds: [101, 103] })).toEqual([101, 103]);
    expect(await types({ TaskIds: [all[0].TaskId!] })).toEqual([all[0].TaskTypeId]);
    expect(await types({ InstanceIds: [all[1].InstanceId!] })).toEqual([all[1].TaskTypeId]);
    expect(await types({ Aliases: ["db-01", "cache-01"] })).toEqual([103, 105]);
    expect(await types({ StartDate: "2023-03-19 00:00:00", EndDate: "2023-03-20 23:59:59" })).toEqual([101, 107]);
  });

  it("DescribeTaskInfo: CreateTime ascending by default; AuthTime/EndTime put tasks without one last; Offset and Limit page", async () => {
    const asc = (await list()).RepairTaskInfoSet!.map((t) => t.CreateTime!);
    expect(asc).toEqual([...asc].sort());
    const byEnd = (await list({ OrderField: "EndTime", Order: 1 })).RepairTaskInfoSet!;
    expect(byEnd[0].TaskTypeId).toBe(105);
    expect(byEnd.slice(1).every((t) => t.EndTime === null)).toBe(true);
    const page = await list({ Offset: 1, Limit: 2 });
    expect(page.TotalCount).toBe(5);
    expect(page.RepairTaskInfoSet!.map((t) => t.CreateTime)).toEqual(asc.slice(1, 3));
  });

  it("DescribeTaskInfo: without Region, the tasks of every region", async () => {
    const res = await list({}, sdkClient(h.emu.url, { region: null }));
    const regions = new Set(res.RepairTaskInfoSet!.map((t) => t.Region));
    expect(regions.size).toBeGreaterThan(10);
    expect(res.TotalCount).toBe(5 * regions.size);
  });

  it("DescribeTaskInfo: out-of-range or unknown values → InvalidParameterValue", async () => {
    const fails = (req: Partial<DescribeTaskInfoRequest>) => errorCodeOf(list(req));
    for (const bad of [
      { Limit: 0 },
      { Limit: 101 },
      { Offset: -1 },
      { Product: "CBS" },
      { TaskStatus: [7] },
      { TaskTypeIds: [108] },
      { StartDate: "2023/03/01" },
      { EndDate: "2023-02-30 00:00:00" },
      { StartDate: "2023-03-10 00:00:00", EndDate: "2023-03-01 00:00:00" },
      { OrderField: "TaskId" },
      { Order: 2 },
    ]) {
      expect(await fails(bad), JSON.stringify(bad)).toBe("InvalidParameterValue");
    }
  });
});

describe("RepairTaskControl", () => {
  it("RepairTaskControl: the seed's example 1 (authorise now) → 处理中 with AuthTime now, then 已结束 on the clock", async () => {
    const t = await waiting(101);
    const res = await client.RepairTaskControl({ Product: "CVM", InstanceIds: [t.InstanceId!], TaskId: t.TaskId!, Operate: "AuthorizeRepair" });
    expect(res.TaskId).toBe(t.TaskId);
    expect(await task(t.TaskId!)).toMatchObject({ TaskStatus: 2, DeviceStatus: 2, OperateStatus: 2, AuthSource: "Customer_auth" });
    expect((await task(t.TaskId!)).AuthTime!.slice(0, 16)).toBe(beijingTime(Date.now()).slice(0, 16));
    h.elapse(REPAIR_PROCESSING_MS + 1_000);
    const done = await task(t.TaskId!);
    expect(done).toMatchObject({ TaskStatus: 3, DeviceStatus: 3, OperateStatus: 3 });
    expect(done.EndTime).toMatch(/^2023-03-20 \d{2}:\d{2}:\d{2}$/);
    expect(await errorCodeOf(client.RepairTaskControl({ Product: "CVM", InstanceIds: [t.InstanceId!], TaskId: t.TaskId!, Operate: "AuthorizeRepair" }))).toBe("InvalidParameter");
  });

  it("RepairTaskControl: the seed's example 2 (OrderAuthTime) → 已预约 until that time, then 处理中, then 已结束", async () => {
    const t = await waiting(107);
    const at = beijingTime(Date.now() + 3_600_000);
    await client.RepairTaskControl({ Product: "CVM", InstanceIds: [t.InstanceId!], TaskId: t.TaskId!, Operate: "AuthorizeRepair", OrderAuthTime: at });
    expect(await task(t.TaskId!)).toMatchObject({ TaskStatus: 4, OperateStatus: 4, AuthTime: at });
    h.elapse(3_600_000 - 60_000);
    expect((await task(t.TaskId!)).TaskStatus).toBe(4);
    h.elapse(120_000);
    expect((await task(t.TaskId!)).TaskStatus).toBe(2);
    h.elapse(REPAIR_PROCESSING_MS);
    expect((await task(t.TaskId!)).TaskStatus).toBe(3);
  });

  it("RepairTaskControl: without Region it finds the task in any region; LossyLocal is accepted", async () => {
    const shanghai = sdkClient(h.emu.url, { region: "ap-shanghai" });
    const t = (await list({ TaskStatus: [1], TaskTypeIds: [103] }, shanghai)).RepairTaskInfoSet![0];
    const res = await sdkClient(h.emu.url, { region: null }).RepairTaskControl({ Product: "CVM", InstanceIds: [t.InstanceId!], TaskId: t.TaskId!, Operate: "AuthorizeRepair", TaskSubMethod: "LossyLocal" });
    expect(res.TaskId).toBe(t.TaskId);
    expect((await list({ TaskIds: [t.TaskId!] }, shanghai)).RepairTaskInfoSet![0].TaskStatus).toBe(2);
  });

  it("RepairTaskControl: refusals → InvalidParameter (product, operate, instance not listed, reservation window, format); unknown task → ResourceNotFound", async () => {
    const t = await waiting(101);
    const control = (extra: object) =>
      errorCodeOf(client.RepairTaskControl({ Product: "CVM", InstanceIds: [t.InstanceId!], TaskId: t.TaskId!, Operate: "AuthorizeRepair", ...extra }));
    expect(await control({ Product: "CDH" })).toBe("InvalidParameter");
    expect(await control({ Product: "CBS" })).toBe("InvalidParameter");
    expect(await control({ Operate: "CancelRepair" })).toBe("InvalidParameter");
    expect(await control({ InstanceIds: ["ins-xxxxxxx1"] })).toBe("InvalidParameter");
    expect(await control({ OrderAuthTime: beijingTime(Date.now() + 60_000) })).toBe("InvalidParameter");
    expect(await control({ OrderAuthTime: beijingTime(Date.now() + 49 * 3_600_000) })).toBe("InvalidParameter");
    expect(await control({ OrderAuthTime: "2023-01-02T12:00:00Z" })).toBe("InvalidParameter");
    expect(await control({ TaskSubMethod: "Lossless" })).toBe("InvalidParameter");
    expect(await control({ TaskId: "rep-xxxx" })).toBe("InvalidParameter");
    expect(await control({ TaskId: "rep-zzzz9999" })).toBe("ResourceNotFound");
    expect((await task(t.TaskId!)).TaskStatus).toBe(1);
  });
});
