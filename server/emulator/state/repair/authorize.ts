// RepairTaskControl (seed 34621–34905): the customer authorises a waiting repair task, now or at a reserved time.
import type { RepairTaskControlRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError, invalidParameter } from "../../protocol/errors";
import { parseBeijingTime } from "../hosts/beijing-time";
import { schedule } from "../hosts/pending";
import { isWellFormedId } from "../ids";
import type { InstanceCtx } from "../instances/repo";
import { REPAIR_PRODUCTS, setTaskStatus, TaskStatus, type RepairTaskRecord } from "./record";
import { REPAIR_PROCESSING_MS, saveTask, scanTasks } from "./repo";

/** seed 34631 / 34685: "预约时间需晚于当前时间至少5分钟，且在48小时之内". */
const MIN_LEAD_MS = 5 * 60_000;
const MAX_LEAD_MS = 48 * 3_600_000;
/** seed 34691: "当且仅当传入LossyLocal时，代表本次授权可允许发起弃盘迁移"; AuthType 4, 5 and 8 offer it (seed 38717–38737). */
const LOSSY_LOCAL_AUTH_TYPES = [4, 5, 8];

/**
 * Checks the request and authorises the task. Every refusal is InvalidParameter (seed 34881) except an unknown
 * task, which is the common ResourceNotFound. Returns the task id.
 */
export function authorizeRepair(ctx: InstanceCtx, p: RepairTaskControlRequest): string {
  if (!REPAIR_PRODUCTS.includes(p.Product)) throw invalidParameter(`Product "${p.Product}" is not one of ${REPAIR_PRODUCTS.join(", ")}.`);
  // seed 34680: "当前只支持传入AuthorizeRepair".
  if (p.Operate !== "AuthorizeRepair") throw invalidParameter(`Operate "${p.Operate}" is not supported; only AuthorizeRepair is.`);
  if (!isWellFormedId("rep", p.TaskId)) throw invalidParameter(`TaskId \`${p.TaskId}\` is malformed; expected rep-xxxxxxxx.`);
  if (p.TaskSubMethod && p.TaskSubMethod !== "LossyLocal") throw invalidParameter(`TaskSubMethod "${p.TaskSubMethod}" is not supported; use LossyLocal or leave it empty.`);
  const now = ctx.clock.now();
  const orderAt = p.OrderAuthTime ? parseBeijingTime(p.OrderAuthTime) : undefined;
  if (p.OrderAuthTime && orderAt === undefined) throw invalidParameter(`OrderAuthTime "${p.OrderAuthTime}" is not a YYYY-MM-DD hh:mm:ss time.`);
  if (orderAt !== undefined && (orderAt < now + MIN_LEAD_MS || orderAt > now + MAX_LEAD_MS)) {
    throw new ApiError("InvalidParameter", { en: "OrderAuthTime must be at least 5 minutes and at most 48 hours from now.", zh: "预约时间需晚于当前时间至少5分钟，且在48小时之内。" });
  }

  const found = scanTasks(ctx).find((s) => s.task.TaskId === p.TaskId);
  if (!found) throw new ApiError("ResourceNotFound", { en: `The repair task \`${p.TaskId}\` does not exist.`, zh: `维修任务 \`${p.TaskId}\` 不存在。` });
  const task = found.task;
  if (task.Product !== p.Product) throw invalidParameter(`The task ${task.TaskId} is for ${task.Product}, not ${p.Product}.`);
  // seed 34668: "仅允许对列表中的实例ID相关的维修任务发起授权".
  if (!p.InstanceIds.includes(task.InstanceId)) throw invalidParameter(`The task ${task.TaskId} is for ${task.InstanceId}, which InstanceIds does not list.`);
  // seed 34627: "仅当任务状态处于待授权状态时，可通过此接口对待授权的维修任务进行授权".
  if (task.TaskStatus !== TaskStatus.WAITING) {
    throw new ApiError("InvalidParameter", { en: `The task ${task.TaskId} is not waiting for authorisation (TaskStatus ${task.TaskStatus}).`, zh: "仅当任务状态处于待授权状态时，可进行授权。" });
  }
  authorize(found.ctx, task, now, orderAt, p.TaskSubMethod);
  return task.TaskId;
}

function authorize(ctx: InstanceCtx, task: RepairTaskRecord, now: number, orderAt: number | undefined, subMethod: string | undefined): void {
  task.AuthSource = "Customer_auth";
  task.authAtMs = Math.floor((orderAt ?? now) / 1000) * 1000;
  // seed 34699: LossyLocal on a task that does not offer it is ignored.
  if (subMethod === "LossyLocal" && LOSSY_LOCAL_AUTH_TYPES.includes(task.AuthType)) task.internal.taskSubMethod = subMethod;
  if (orderAt !== undefined) {
    // Reserved: 已预约 until the time comes (a time of day, not a duration: the speed setting does not move it).
    setTaskStatus(task, TaskStatus.RESERVED);
    task.internal.pending = { operation: "RepairTaskControl", to: "PROCESSING", at: orderAt };
  } else {
    setTaskStatus(task, TaskStatus.PROCESSING);
    task.internal.pending = schedule(ctx.store, now, "RepairTaskControl", "ENDED", task.TaskId, REPAIR_PROCESSING_MS);
  }
  saveTask(ctx, task);
}
