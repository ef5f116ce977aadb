import type { ScheduledTransition } from "../hosts/pending";

/** The store kind of repair tasks (one document per task, keyed by TaskId). */
export const REPAIR_TASK_KIND = "repair-task";

/** seed 34220–34226: the products repair tasks are for. */
export const REPAIR_PRODUCTS = ["CVM", "CDH", "CPM2.0"];

/** seed 34282–34294: TaskTypeId → 任务类型中文名. */
export const TASK_TYPE_NAMES: Record<number, string> = {
  101: "实例运行隐患",
  102: "实例运行异常",
  103: "实例硬盘异常",
  104: "实例网络连接异常",
  105: "实例运行预警",
  106: "实例硬盘预警",
  107: "实例维护升级",
};

/** seed 34241–34251: 1 待授权, 2 处理中, 3 已结束, 4 已预约, 5 已取消, 6 已避免. */
export const TASK_STATUSES = [1, 2, 3, 4, 5, 6];
export const TaskStatus = { WAITING: 1, PROCESSING: 2, ENDED: 3, RESERVED: 4, CANCELLED: 5, AVOIDED: 6 } as const;

/** Where a task goes next on the clock: processing (at the reserved time) or ended. */
export type RepairStep = "PROCESSING" | "ENDED";

/** A repair task as stored: RepairTaskInfo (seed 38490–38751) with its times in ms; query.ts renders them. */
export interface RepairTaskRecord {
  TaskId: string;
  InstanceId: string;
  Alias: string;
  TaskTypeId: number;
  TaskStatus: number;
  DeviceStatus: number;
  OperateStatus: number;
  TaskDetail: string;
  Zone: string;
  Region: string;
  VpcId: string;
  VpcName: string;
  SubnetId: string;
  SubnetName: string;
  WanIp: string;
  LanIp: string;
  Product: string;
  TaskSubType: string | null;
  AuthType: number;
  AuthSource: string;
  createdAtMs: number;
  authAtMs: number | null;
  endAtMs: number | null;
  internal: {
    pending?: ScheduledTransition<RepairStep>;
    /** "LossyLocal" when the customer allowed the local disks to be dropped (seed 34691). */
    taskSubMethod?: string;
  };
}

/**
 * The device and operation status that go with a task status: seed 38563–38597 list the same six stages
 * (故障中/未授权 while waiting, 处理中/已授权, 正常/已处理, then 已预约, 已取消, 已避免).
 */
export function setTaskStatus(rec: RepairTaskRecord, status: number): void {
  rec.TaskStatus = status;
  rec.DeviceStatus = status;
  rec.OperateStatus = status;
}
