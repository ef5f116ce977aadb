// DescribeTaskInfo (seed 34182–34620): filters, time window, ordering and paging of repair tasks, and the
// RepairTaskInfo view (seed 38490–38751) of each.
import type { DescribeTaskInfoRequest, RepairTaskInfo } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { invalidParameterValue } from "../../protocol/errors";
import { beijingTime, parseBeijingTime, startOfBeijingDay } from "../hosts/beijing-time";
import type { InstanceCtx } from "../instances/repo";
import { REPAIR_PRODUCTS, TASK_STATUSES, TASK_TYPE_NAMES, type RepairTaskRecord } from "./record";
import { scanTasks } from "./repo";

/** seed 34336–34342: the ordering fields. */
const ORDER_FIELDS = { CreateTime: "createdAtMs", AuthTime: "authAtMs", EndTime: "endAtMs" } as const;

const time = (ms: number | null) => (ms === null ? null : beijingTime(ms));

/** Every RepairTaskInfo member; AuthTime, EndTime and TaskSubType may be null (seed 38606–38614, 38709). */
export function toRepairTaskInfo(t: Readonly<RepairTaskRecord>): RepairTaskInfo {
  return {
    TaskId: t.TaskId,
    InstanceId: t.InstanceId,
    Alias: t.Alias,
    TaskTypeId: t.TaskTypeId,
    TaskTypeName: TASK_TYPE_NAMES[t.TaskTypeId],
    TaskStatus: t.TaskStatus,
    DeviceStatus: t.DeviceStatus,
    OperateStatus: t.OperateStatus,
    CreateTime: beijingTime(t.createdAtMs),
    AuthTime: time(t.authAtMs) as string,
    EndTime: time(t.endAtMs) as string,
    TaskDetail: t.TaskDetail,
    Zone: t.Zone,
    Region: t.Region,
    VpcId: t.VpcId,
    VpcName: t.VpcName,
    SubnetId: t.SubnetId,
    SubnetName: t.SubnetName,
    WanIp: t.WanIp,
    LanIp: t.LanIp,
    Product: t.Product,
    TaskSubType: t.TaskSubType as string,
    AuthType: t.AuthType,
    AuthSource: t.AuthSource,
  };
}

function parseDate(text: string | undefined, param: string, fallback: number): number {
  if (text === undefined || text === "") return fallback;
  const ms = parseBeijingTime(text);
  if (ms === undefined) throw invalidParameterValue(param, `"${text}" is not a YYYY-MM-DD hh:mm:ss time`);
  return ms;
}

function checkAll(values: readonly number[] | undefined, allowed: readonly number[], param: string): void {
  const bad = values?.find((v) => !allowed.includes(v));
  if (bad !== undefined) throw invalidParameterValue(param, `${bad} is not one of ${allowed.join(", ")}`);
}

/**
 * seed 34208–34358: Limit (≤ 100) and Offset are required; Product, TaskStatus, TaskTypeIds, TaskIds, InstanceIds and
 * Aliases narrow the list; CreateTime must fall in [StartDate, EndDate] (default today 00:00:00 → now, Beijing time);
 * OrderField CreateTime (default) | AuthTime | EndTime, Order 0 ascending (default) | 1 descending. Every bad value is
 * InvalidParameterValue (seed 34616).
 */
export function describeTasks(ctx: InstanceCtx, p: DescribeTaskInfoRequest): { TotalCount: number; RepairTaskInfoSet: RepairTaskInfo[] } {
  if (p.Limit < 1 || p.Limit > 100) throw invalidParameterValue("Limit", `must be 1–100, got ${p.Limit}`);
  if (p.Offset < 0) throw invalidParameterValue("Offset", `must be 0 or more, got ${p.Offset}`);
  if (p.Product && !REPAIR_PRODUCTS.includes(p.Product)) throw invalidParameterValue("Product", `"${p.Product}" is not one of ${REPAIR_PRODUCTS.join(", ")}`);
  const statuses = p.TaskStatus?.map(Number);
  const types = p.TaskTypeIds?.map(Number);
  checkAll(statuses, TASK_STATUSES, "TaskStatus");
  checkAll(types, Object.keys(TASK_TYPE_NAMES).map(Number), "TaskTypeIds");
  const now = ctx.clock.now();
  const start = parseDate(p.StartDate, "StartDate", startOfBeijingDay(now));
  const end = parseDate(p.EndDate, "EndDate", now);
  if (start > end) throw invalidParameterValue("StartDate", "must not be later than EndDate");
  const field = p.OrderField ? ORDER_FIELDS[p.OrderField as keyof typeof ORDER_FIELDS] : "createdAtMs";
  if (!field) throw invalidParameterValue("OrderField", `"${p.OrderField}" is not one of ${Object.keys(ORDER_FIELDS).join(", ")}`);
  const order = p.Order ?? 0;
  if (order !== 0 && order !== 1) throw invalidParameterValue("Order", `must be 0 or 1, got ${order}`);

  const inList = <T>(list: readonly T[] | undefined, v: T) => !list?.length || list.includes(v);
  const matched = scanTasks(ctx)
    .map((s) => s.task)
    .filter(
      (t) =>
        (!p.Product || t.Product === p.Product) &&
        inList(statuses, t.TaskStatus) &&
        inList(types, t.TaskTypeId) &&
        inList(p.TaskIds, t.TaskId) &&
        inList(p.InstanceIds, t.InstanceId) &&
        inList(p.Aliases, t.Alias) &&
        t.createdAtMs >= start &&
        t.createdAtMs <= end,
    );
  // Tasks without the time (not yet authorised or ended) come last either way.
  const key = (t: RepairTaskRecord) => t[field];
  matched.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? a.TaskId.localeCompare(b.TaskId) : ka === null ? 1 : -1;
    return (order === 1 ? kb - ka : ka - kb) || a.TaskId.localeCompare(b.TaskId);
  });
  return { TotalCount: matched.length, RepairTaskInfoSet: matched.slice(p.Offset, p.Offset + p.Limit).map(toRepairTaskInfo) };
}
