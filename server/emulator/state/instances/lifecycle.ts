import { getActionSpec } from "../../catalog/action-specs";
import { ApiError } from "../../protocol/errors";
import { transitionTiming } from "./durations";
import { RELEASED, TRANSITIONAL_STATES, statePascal, type InstanceRecord, type InstanceStateName, type PendingTransition } from "./record";
import { saveInstance, type InstanceCtx } from "./repo";

/**
 * The state machine (seed 37340–37388 states; the Start/Stop/Reboot/Terminate/RunInstances pages):
 *
 *   RunInstances        (new)              → PENDING     → RUNNING | LAUNCH_FAILED (released after
 *                                                          LAUNCH_FAILED_RETENTION_MS, repo.ts; never terminable, seed 19386)
 *   StartInstances      STOPPED            → STARTING    → RUNNING
 *   StopInstances       RUNNING            → STOPPING    → STOPPED
 *   RebootInstances     RUNNING            → REBOOTING   → RUNNING
 *   TerminateInstances  postpaid RUNNING|STOPPED|SHUTDOWN → TERMINATING → released
 *                       prepaid  RUNNING|STOPPED          → TERMINATING → SHUTDOWN (recycle bin, seed 19150)
 *                       prepaid  SHUTDOWN                 → TERMINATING → released
 */
export const OPERABLE_FROM: Record<string, readonly InstanceStateName[]> = {
  StartInstances: ["STOPPED"],
  StopInstances: ["RUNNING"],
  RebootInstances: ["RUNNING"],
  TerminateInstances: ["RUNNING", "STOPPED", "SHUTDOWN"],
};
/** For operations not in the table (other engineers' actions): a settled, usable instance. */
export const DEFAULT_OPERABLE_FROM: readonly InstanceStateName[] = ["RUNNING", "STOPPED"];

export interface OperationSpec {
  /** The action, e.g. "StopInstances": becomes LatestOperation. */
  operation: string;
  /** The state while in flight (may equal the current one for operations that keep the state). */
  transitional: InstanceStateName;
  /** The state when done, or RELEASED to delete the instance. */
  final: InstanceStateName | typeof RELEASED;
  /** Overrides the configured duration (realistic mode only). */
  durationMs?: number;
  /** Fields set when the operation lands (e.g. StopChargingMode). */
  patch?: PendingTransition["patch"];
  /** Make the operation end FAILED with this LatestOperationErrorMsg. */
  failMessage?: string;
}

/**
 * Starts an operation on `rec` (mutated and saved): InstanceState becomes the transitional state,
 * LatestOperation/LatestOperationState "OPERATING"/LatestOperationRequestId = the request, and the final
 * state is scheduled on the clock with the configured duration (landed lazily on the next read).
 */
export function beginOperation(ctx: InstanceCtx, rec: InstanceRecord, spec: OperationSpec): InstanceRecord {
  const timing = transitionTiming(ctx.store, spec.operation, rec.InstanceId, spec.durationMs);
  rec.InstanceState = spec.transitional;
  rec.LatestOperation = spec.operation;
  rec.LatestOperationState = "OPERATING";
  rec.LatestOperationRequestId = ctx.requestId ?? null;
  rec.LatestOperationErrorMsg = "";
  rec.internal.pending = {
    operation: spec.operation,
    to: spec.final,
    at: ctx.clock.now() + timing.ms,
    ...(timing.describesLeft ? { describesLeft: timing.describesLeft } : {}),
    ...(spec.failMessage ? { failMessage: spec.failMessage } : {}),
    ...(spec.patch ? { patch: spec.patch } : {}),
  };
  saveInstance(ctx, rec);
  return rec;
}

/**
 * Refuses an operation the instance cannot take now. A state outside `allowedFrom` → the action's documented
 * UnsupportedOperation.InstanceState<State> (e.g. StopInstances on STOPPED → …InstanceStateStopped); an
 * operation in flight whose state has no documented code → OperationDenied.InstanceOperationInProgress.
 * Codes the action does not document fall back to the common UnsupportedOperation.
 */
export function assertOperable(rec: Readonly<InstanceRecord>, operation: string, allowedFrom?: readonly InstanceStateName[]): void {
  const allowed = allowedFrom ?? OPERABLE_FROM[operation] ?? DEFAULT_OPERABLE_FROM;
  const documented = getActionSpec(operation)?.errorCodes ?? [];
  const state = rec.InstanceState;
  const stateCode = `UnsupportedOperation.InstanceState${statePascal(state)}`;
  const inFlight = rec.internal.pending !== undefined;
  const message = {
    en: `The instance \`${rec.InstanceId}\` is ${state}; ${operation} is not supported in this state.`,
    zh: `实例 \`${rec.InstanceId}\` 当前状态为 ${state}，不支持 ${operation} 操作。`,
  };
  // A transitional state's own documented code (…InstanceStateStopping) is the most specific answer.
  if (inFlight && (TRANSITIONAL_STATES as readonly string[]).includes(state) && documented.includes(stateCode)) {
    throw new ApiError(stateCode, message);
  }
  if (inFlight) {
    throw new ApiError("OperationDenied.InstanceOperationInProgress", {
      en: `The instance \`${rec.InstanceId}\` has an operation in progress (${rec.internal.pending!.operation}).`,
      zh: `实例 \`${rec.InstanceId}\` 有操作正在进行中（${rec.internal.pending!.operation}）。`,
    });
  }
  if (!(allowed as readonly string[]).includes(state)) {
    throw new ApiError(documented.includes(stateCode) ? stateCode : "UnsupportedOperation", message);
  }
}
