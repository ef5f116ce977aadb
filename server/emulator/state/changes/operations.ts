// Shared steps of the instance-change actions: batch limits, state checks, recording LatestOperation, and
// starting an operation that lands on the clock (ResetInstance, ResetInstancesType, ResizeInstanceDisks ...).
import type { ActionContext } from "../../actions/types";
import { getActionSpec } from "../../catalog/action-specs";
import { findPublicImage } from "../../catalog/compute/images";
import { ApiError, missingParameter } from "../../protocol/errors";
import { getSpeed } from "../instances/durations";
import { assertOperable, beginOperation, type OperationSpec } from "../instances/lifecycle";
import type { InstanceRecord, InstanceStateName } from "../instances/record";
import { requireInstances, saveInstance } from "../instances/repo";
import { runDueTimers } from "./action-timers";
import type { Platform } from "./login-rules";

/**
 * The instances of an `InstanceIds.N` param: an empty list is a missing parameter, more than `max` ids →
 * InvalidParameterValue.LimitExceeded (the limit each page documents, e.g. seed 15395: 100; the common
 * InvalidParameterValue where the page lists no such code), duplicates count once. Then malformed / unknown
 * ids → the action's documented codes (requireInstances). Timers due by now fire first, so the records are current.
 */
export function requireBatch(ctx: ActionContext, ids: string[], max: number): InstanceRecord[] {
  if (ids.length === 0) throw missingParameter("InstanceIds");
  runDueTimers(ctx);
  const unique = [...new Set(ids)];
  if (unique.length > max) {
    const documented = getActionSpec(ctx.action)?.errorCodes.includes("InvalidParameterValue.LimitExceeded");
    throw new ApiError(documented ? "InvalidParameterValue.LimitExceeded" : "InvalidParameterValue", {
      en: `At most ${max} instances can be operated on in one request; got ${unique.length}.`,
      zh: `每次请求最多操作 ${max} 个实例，当前为 ${unique.length} 个。`,
    });
  }
  return requireInstances(ctx, unique);
}

/** The instance of an `InstanceId` param (requireInstances), after any timer due by now has fired. */
export function requireOne(ctx: ActionContext, id: string): InstanceRecord {
  runDueTimers(ctx);
  return requireInstances(ctx, [id])[0];
}

/** Refuses the whole batch if any instance cannot take the action now (see assertOperable). */
export function assertAllOperable(ctx: ActionContext, recs: readonly InstanceRecord[], allowedFrom: readonly InstanceStateName[]): void {
  for (const rec of recs) assertOperable(rec, ctx.action, allowedFrom);
}

/** A change that takes effect at once: LatestOperation* say it succeeded (seed 37105–37127). */
export function finishImmediately(ctx: ActionContext, rec: InstanceRecord): void {
  rec.LatestOperation = ctx.action;
  rec.LatestOperationState = "SUCCESS";
  rec.LatestOperationRequestId = ctx.requestId;
  rec.LatestOperationErrorMsg = null;
  saveInstance(ctx, rec);
}

/** How long the change actions take in realistic mode (ms); /_emulator/speed overrides and factors apply. */
export const CHANGE_DURATIONS_MS: Record<string, number> = {
  ResetInstance: 40_000,
  ResetInstancesPassword: 12_000,
  ResetInstancesType: 30_000,
  ResizeInstanceDisks: 15_000,
  ModifyInstanceDiskType: 30_000,
  EnterRescueMode: 20_000,
  ExitRescueMode: 20_000,
  ProgramFpgaImage: 30_000,
  ModifyInstancesAttribute: 15_000,
};

/**
 * Starts a change on the clock. The transitional state is what the instance shows while the change runs: it
 * keeps its state (STOPPED stays STOPPED, an online resize stays RUNNING), or a running instance that must be
 * shut down first shows STOPPING and comes back RUNNING. `patch` lands with the final state.
 */
export function beginChange(ctx: ActionContext, rec: InstanceRecord, spec: Omit<OperationSpec, "operation" | "durationMs">): void {
  const override = getSpeed(ctx.store).overridesMs?.[ctx.action];
  beginOperation(ctx, rec, { ...spec, operation: ctx.action, durationMs: override ?? CHANGE_DURATIONS_MS[ctx.action] });
}

/** The guest OS family, from the image (public catalogue) or else the OsName. */
export function platformOf(rec: Pick<InstanceRecord, "ImageId" | "OsName">): Platform {
  const platform = findPublicImage(rec.ImageId)?.Platform ?? rec.OsName;
  return /windows/i.test(platform) ? "WINDOWS" : "LINUX";
}

/** seed 15363: the administrator account per OS ("Windows为 Administrator， Ubuntu为 ubuntu，其它系统为 root"). */
export function defaultUserName(rec: Pick<InstanceRecord, "ImageId" | "OsName">): string {
  if (platformOf(rec) === "WINDOWS") return "Administrator";
  return /ubuntu/i.test(findPublicImage(rec.ImageId)?.Platform ?? rec.OsName) ? "ubuntu" : "root";
}


/** Refuses a batch holding an instance of another charge type (UnsupportedOperation.InstanceChargeType). */
export function assertChargeType(recs: readonly InstanceRecord[], allowed: readonly string[]): void {
  const other = recs.find((r) => !allowed.includes(r.InstanceChargeType));
  if (other) {
    throw new ApiError("UnsupportedOperation.InstanceChargeType", {
      en: `The instance ${other.InstanceId} is ${other.InstanceChargeType}; this action supports ${allowed.join(", ")} instances only.`,
      zh: `实例 ${other.InstanceId} 的计费模式为 ${other.InstanceChargeType}，该操作仅支持 ${allowed.join("、")} 实例。`,
    });
  }
}
