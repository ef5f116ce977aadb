import "server-only";
import { toBeijingTime } from "@/lib/maintenance/beijing-time";
import type { TaskFilters } from "@/lib/maintenance/schemas";
import type { RepairTaskList } from "@/lib/maintenance/types";
import { cvmFor, PAGE_LIMIT, type Where } from "./resource-scope";

const DAY = 86_400_000;
const INSTANCE_ID = /^(ins|host|cpm)-[a-z0-9]{8}$/;

/**
 * Repair tasks of the region, newest first (DescribeTaskInfo, seed 34182–34620). The window starts `days` ago,
 * because the API's default is today only (seed 34320); a search is an instance id or an instance name (Aliases).
 */
export async function listRepairTasks(w: Where, f: TaskFilters, now = Date.now()): Promise<RepairTaskList> {
  const { client, opts } = await cvmFor(w);
  const q = f.q.trim();
  const res = await client.call(
    "DescribeTaskInfo",
    {
      Limit: PAGE_LIMIT,
      Offset: 0,
      ...(f.product ? { Product: f.product } : {}),
      ...(f.status.length ? { TaskStatus: f.status } : {}),
      ...(f.types.length ? { TaskTypeIds: f.types } : {}),
      ...(q ? (INSTANCE_ID.test(q) ? { InstanceIds: [q] } : { Aliases: [q] }) : {}),
      StartDate: toBeijingTime(now - f.days * DAY),
      EndDate: toBeijingTime(now + DAY), // the cloud's clock may run a little ahead of ours
      OrderField: "CreateTime",
      Order: 1,
    },
    opts,
  );
  return {
    TotalCount: res.TotalCount ?? 0,
    RepairTaskInfoSet: (res.RepairTaskInfoSet ?? []).map((t) => ({
      TaskId: t.TaskId ?? "",
      InstanceId: t.InstanceId ?? "",
      Alias: t.Alias ?? "",
      TaskTypeId: t.TaskTypeId ?? 0,
      TaskTypeName: t.TaskTypeName ?? "",
      TaskStatus: t.TaskStatus ?? 0,
      CreateTime: t.CreateTime ?? "",
      AuthTime: t.AuthTime ?? null,
      EndTime: t.EndTime ?? null,
      TaskDetail: t.TaskDetail ?? "",
      Zone: t.Zone ?? "",
      Product: t.Product ?? "CVM",
      AuthType: t.AuthType ?? 0,
      AuthSource: t.AuthSource ?? "",
      LanIp: t.LanIp ?? "",
      WanIp: t.WanIp ?? "",
    })),
  };
}
