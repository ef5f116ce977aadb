// Shared steps of the key-pair, security-group and network actions that change instances: the state guard (with
// each page's own codes) and starting the change on the clock. The change lands with the instance's next read,
// so DescribeInstances shows LatestOperationState OPERATING → SUCCESS as the pages describe (seed 30068, 31088).
import type { ActionContext } from "../../actions/types";
import { getActionSpec } from "../../catalog/action-specs";
import { ApiError } from "../../protocol/errors";
import { getSpeed } from "../instances/durations";
import { assertOperable, beginOperation } from "../instances/lifecycle";
import type { InstanceRecord, InstanceStateName, PendingTransition } from "../instances/record";

/** Realistic durations (ms) of the changes; POST /_emulator/speed overrides and factors apply. Not in the seed. */
export const ACCESS_DURATIONS_MS: Readonly<Record<string, number>> = {
  AssociateInstancesKeyPairs: 10_000,
  DisassociateInstancesKeyPairs: 10_000,
  AssociateSecurityGroups: 3_000,
  DisassociateSecurityGroups: 3_000,
  ResetInstancesInternetMaxBandwidth: 5_000,
  ModifyInstancesVpcAttribute: 30_000,
};
/** A change that first shuts a RUNNING instance down (ForceStop) takes this much longer. */
export const FORCE_STOP_EXTRA_MS = 15_000;

export const documents = (action: string, code: string): boolean => getActionSpec(action)?.errorCodes.includes(code) ?? false;

/**
 * Refuses an instance that cannot take `ctx.action` now. The same action already running on it →
 * MutexOperation.TaskRunning; anything else in flight or a state outside `allowedFrom` → assertOperable's answer
 * (UnsupportedOperation.InstanceState<State> where the page documents it), where a bare UnsupportedOperation is
 * narrowed to what the page documents instead: …InstanceStateIsolating for SHUTDOWN (seed 30273), or
 * InvalidInstanceState (seed 31557).
 */
export function assertReady(ctx: ActionContext, rec: Readonly<InstanceRecord>, allowedFrom: readonly InstanceStateName[]): void {
  if (rec.internal.pending?.operation === ctx.action && documents(ctx.action, "MutexOperation.TaskRunning")) {
    throw new ApiError("MutexOperation.TaskRunning", {
      en: `${ctx.action} is already running on the instance \`${rec.InstanceId}\`.`,
      zh: `实例 \`${rec.InstanceId}\` 上同样的任务（${ctx.action}）正在运行。`,
    });
  }
  try {
    assertOperable(rec, ctx.action, allowedFrom);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== "UnsupportedOperation") throw error;
    const narrower = [...(rec.InstanceState === "SHUTDOWN" ? ["UnsupportedOperation.InstanceStateIsolating"] : []), "InvalidInstanceState"];
    const code = narrower.find((c) => documents(ctx.action, c));
    throw code ? new ApiError(code, error.detail) : error;
  }
}

/**
 * A STOPPED instance that stopped charging (StopInstances StoppedMode STOP_CHARGING) has given back its public IP
 * and compute: the pages that document UnsupportedOperation.StoppedModeStopCharging refuse it (seed 29250, 31345,
 * 31639).
 */
export function assertNotStopCharging(ctx: ActionContext, rec: Readonly<InstanceRecord>): void {
  if (rec.InstanceState === "STOPPED" && rec.StopChargingMode === "STOP_CHARGING" && documents(ctx.action, "UnsupportedOperation.StoppedModeStopCharging")) {
    throw new ApiError("UnsupportedOperation.StoppedModeStopCharging", {
      en: `The instance \`${rec.InstanceId}\` is shut down without charging; start it first.`,
      zh: `实例 \`${rec.InstanceId}\` 处于关机不收费状态，请先开机。`,
    });
  }
}

/** The states an instance may be in for a change that can shut it down first (ForceStop) or needs it STOPPED. */
export const forceStopStates = (forceStop: boolean): InstanceStateName[] => (forceStop ? ["RUNNING", "STOPPED"] : ["STOPPED"]);

/**
 * Starts `ctx.action` on `rec` (saved). A RUNNING instance that must be shut down first shows STOPPING and comes
 * back RUNNING (seed 29013: "如实例原状态为 RUNNING，绑定完成后实例会自动开机"); otherwise it keeps its state.
 * `patch` lands with the end of the operation.
 */
export function beginAccessChange(ctx: ActionContext, rec: InstanceRecord, opts: { stopFirst: boolean; patch?: PendingTransition["patch"] }): void {
  const state = rec.InstanceState as InstanceStateName;
  const stopping = opts.stopFirst && state === "RUNNING";
  const override = getSpeed(ctx.store).overridesMs?.[ctx.action];
  const base = ACCESS_DURATIONS_MS[ctx.action] ?? 10_000;
  beginOperation(ctx, rec, {
    operation: ctx.action,
    transitional: stopping ? "STOPPING" : state,
    final: state,
    durationMs: override ?? base + (stopping ? FORCE_STOP_EXTRA_MS : 0),
    ...(opts.patch ? { patch: opts.patch } : {}),
  });
}
