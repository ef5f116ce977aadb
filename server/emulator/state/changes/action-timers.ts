// Scheduled actions on instances (ActionTimer, seed 35779–35824): ImportInstancesActionTimer creates them,
// DescribeInstancesActionTimer lists them, DeleteInstancesActionTimer removes the ones not yet run. A timer
// really fires on the emulator clock: `runDueTimers` starts the instance's termination as of the timer's
// ActionTime (UNDO → DOING), and the timer is DONE once the instance has gone.
import { randomUUID } from "node:crypto";
import { ApiError, missingParameter } from "../../protocol/errors";
import { terminateInstances } from "../instances/power";
import type { InstanceRecord } from "../instances/record";
import { loadInstance, saveInstance, type InstanceCtx } from "../instances/repo";
import { isoSeconds } from "../instances/time";

export const ACTION_TIMER_KIND = "action-timer";

/** seed 35789 / 17783: "目前仅支持定时销毁". */
export const TIMER_ACTIONS = ["TerminateInstances"] as const;
/** seed 35809: UNDO 未执行, DOING 正在执行, DONE 执行完成. */
export const TIMER_STATUSES = ["UNDO", "DOING", "DONE"] as const;
export type TimerStatus = (typeof TIMER_STATUSES)[number];
/** seed 35794: "执行时间必须大于当前时间5分钟". */
export const MIN_LEAD_MS = 5 * 60_000;

/** The ActionTimer structure (seed 35779–35824) as stored, plus the due time in ms. */
export interface ActionTimerRecord {
  ActionTimerId: string;
  InstanceId: string;
  TimerAction: string;
  ActionTime: string;
  Status: TimerStatus;
  Externals: Record<string, unknown>;
  atMs: number;
  createdAtMs: number;
}

/**
 * A time as the timer pages write it: ISO 8601 UTC "2018-05-29T11:26:40Z" (seed 35794) or "2018-05-01 19:00:00"
 * (seed 16923, the ImportInstancesActionTimer example), the latter in Beijing time (UTC+8), the console's zone.
 * Anything else → InvalidParameterValue.InvalidTimeFormat (seed 17919, 17092).
 */
export function parseTimerTime(text: string, param: string): number {
  const iso = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/.exec(text);
  const plain = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  const m = iso ?? plain;
  if (m) {
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
    const ms = Date.UTC(y, mo - 1, d, h, mi, s) - (plain ? 8 * 3_600_000 : 0);
    const check = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    if (check.getUTCMonth() === mo - 1 && check.getUTCDate() === d && h < 24 && mi < 60 && s < 60) return ms;
  }
  throw new ApiError("InvalidParameterValue.InvalidTimeFormat", {
    en: `\`${param}\` must look like 2018-05-29T11:26:40Z; got "${text}".`,
    zh: `\`${param}\` 时间格式不合法，应形如 2018-05-29T11:26:40Z，当前为 "${text}"。`,
  });
}

export function listTimers(ctx: InstanceCtx): ActionTimerRecord[] {
  return ctx.store.list<ActionTimerRecord>(ctx.scope, ACTION_TIMER_KIND);
}

/** The instance's timer that has not run yet, if any. */
export function pendingTimerOf(ctx: InstanceCtx, instanceId: string): ActionTimerRecord | undefined {
  runDueTimers(ctx);
  return listTimers(ctx).find((t) => t.InstanceId === instanceId && t.Status === "UNDO");
}

export function createTimer(ctx: InstanceCtx, instanceId: string, timerAction: string, atMs: number): ActionTimerRecord {
  const timer: ActionTimerRecord = {
    ActionTimerId: randomUUID(),
    InstanceId: instanceId,
    TimerAction: timerAction,
    ActionTime: isoSeconds(atMs),
    Status: "UNDO",
    Externals: {},
    atMs,
    createdAtMs: ctx.clock.now(),
  };
  ctx.store.put(ctx.scope, ACTION_TIMER_KIND, timer.ActionTimerId, timer);
  return timer;
}

export function deleteTimer(ctx: InstanceCtx, id: string): void {
  ctx.store.delete(ctx.scope, ACTION_TIMER_KIND, id);
}

function fire(ctx: InstanceCtx, timer: ActionTimerRecord): void {
  const rec = loadInstance(ctx, timer.InstanceId);
  let started = false;
  if (rec) {
    try {
      // As if TerminateInstances were called at ActionTime: the same rules (protection, state) and transition.
      terminateInstances({ ...ctx, action: "TerminateInstances", requestId: randomUUID() }, [rec]);
      started = true;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
  }
  if (started) {
    const now = loadInstance(ctx, timer.InstanceId)!;
    now.internal.pending!.at -= Math.max(0, ctx.clock.now() - timer.atMs);
    saveInstance(ctx, now);
  }
  // An instance already gone, protected or busy at the time leaves the timer nothing to do.
  ctx.store.put(ctx.scope, ACTION_TIMER_KIND, timer.ActionTimerId, { ...timer, Status: started ? "DOING" : "DONE" });
}

/**
 * Fires every timer whose time has come (oldest first) and settles DOING timers whose instance is gone. Call
 * before reading timers or instances that a timer may have changed.
 */
export function runDueTimers(ctx: InstanceCtx): void {
  const now = ctx.clock.now();
  const timers = () => ctx.store.peekAll<ActionTimerRecord>(ctx.scope, ACTION_TIMER_KIND);
  if (!timers().some((t) => (t.Status === "UNDO" && t.atMs <= now) || t.Status === "DOING")) return;
  ctx.store.transaction(() => {
    const due = timers().filter((t) => t.Status === "UNDO" && t.atMs <= now);
    for (const t of [...due].sort((a, b) => a.atMs - b.atMs)) fire(ctx, t);
    for (const t of timers().filter((x) => x.Status === "DOING")) {
      // Done once the instance has gone (or left the termination, e.g. a prepaid one now in the recycle bin).
      const rec = loadInstance(ctx, t.InstanceId);
      if (!rec || rec.InstanceState !== "TERMINATING") ctx.store.put(ctx.scope, ACTION_TIMER_KIND, t.ActionTimerId, { ...t, Status: "DONE" });
    }
  });
}

/** The timer requested by ImportInstancesActionTimer (seed 17783), checked: its action and its time. */
export function parseTimerRequest(ctx: InstanceCtx, timer: { TimerAction?: string; ActionTime?: string }): { action: string; atMs: number } {
  if (timer.TimerAction === undefined) throw missingParameter("ActionTimer.TimerAction");
  if (!(TIMER_ACTIONS as readonly string[]).includes(timer.TimerAction)) {
    throw new ApiError("InvalidParameter", { en: `ActionTimer.TimerAction "${timer.TimerAction}" is not supported; only TerminateInstances is.`, zh: "定时器动作目前仅支持销毁：TerminateInstances。" });
  }
  if (timer.ActionTime === undefined) throw missingParameter("ActionTimer.ActionTime");
  const atMs = parseTimerTime(timer.ActionTime, "ActionTimer.ActionTime");
  if (atMs < ctx.clock.now() + MIN_LEAD_MS) {
    throw new ApiError("InvalidParameter", { en: "ActionTimer.ActionTime must be at least 5 minutes from now.", zh: "执行时间必须大于当前时间5分钟。" });
  }
  return { action: timer.TimerAction, atMs };
}

/**
 * Why an instance cannot get a termination timer: scheduled termination is for pay-as-you-go instances
 * (the console's 定时销毁) that API termination may reach, in a settled state; one pending timer per instance.
 */
export function assertTimerAllowed(ctx: InstanceCtx, rec: InstanceRecord): void {
  const payAsYouGo = rec.InstanceChargeType === "POSTPAID_BY_HOUR" || rec.InstanceChargeType === "SPOTPAID";
  if (!payAsYouGo || rec.DisableApiTermination || !["RUNNING", "STOPPED", "PENDING", "STARTING", "STOPPING", "REBOOTING"].includes(rec.InstanceState)) {
    throw new ApiError("UnsupportedOperation.NotSupportImportInstancesActionTimer", {
      en: `A termination timer cannot be set on ${rec.InstanceId} (${rec.InstanceChargeType}, ${rec.InstanceState}${rec.DisableApiTermination ? ", protected" : ""}).`,
      zh: `针对实例 ${rec.InstanceId} 设置定时任务失败。`,
    });
  }
  if (pendingTimerOf(ctx, rec.InstanceId)) {
    throw new ApiError("FailedOperation.MutActionTimerExist", { en: `The instance ${rec.InstanceId} already has a pending timer.`, zh: "该实例已存在指定的定时任务。" });
  }
}
