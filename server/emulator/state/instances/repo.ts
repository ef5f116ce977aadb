import { getActionSpec } from "../../catalog/action-specs";
import { ApiError } from "../../protocol/errors";
import type { Clock } from "../clock";
import { isWellFormedId } from "../ids";
import type { Scope, Store } from "../store";
import { bandwidthSwitchDue, switchBandwidth } from "../network/bandwidth-schedule";
import { addMonths, isoSeconds } from "./time";
import { INSTANCE_KIND, RELEASED, type InstanceRecord } from "./record";

/** What the instance repository needs: an ActionContext satisfies it, and so does the runtime + a scope. */
export interface InstanceCtx {
  store: Store;
  clock: Clock;
  scope: Scope;
  /** The action being served; picks the documented error codes in requireInstances. */
  action?: string;
  requestId?: string;
}

/**
 * How long an instance stays in the recycle bin (SHUTDOWN after a prepaid TerminateInstances or expiry) before
 * it is released. Not in the seed (seed 19149 only says it moves to the recycle bin); Tencent keeps them 7 days.
 */
export const RECYCLE_BIN_MS = 7 * 86_400_000;

/**
 * How long a LAUNCH_FAILED instance stays listed before it is released. The seed documents the state (seed 8568,
 * 37357) and that TerminateInstances refuses it (seed 19386: UnsupportedOperation.InstanceStateLaunchFailed), so
 * only the platform removes it, but not when: the emulator releases it one hour after the failure, long enough for
 * a caller to read LatestOperationErrorMsg. It holds no quota meanwhile (state/quota.ts usageByZone).
 */
export const LAUNCH_FAILED_RETENTION_MS = 3_600_000;

/** Whether a scheduled transition is due: its time has come and (describes mode) enough describes saw it. */
function transitionDue(rec: Readonly<InstanceRecord>, now: number): boolean {
  const p = rec.internal.pending;
  return p !== undefined && now >= p.at && (p.describesLeft ?? 0) <= 0;
}

/** A prepaid instance past its ExpiredTime that is not isolated yet (seed 36966 EXPIRED, 37180 EXPIRE). */
function expiryDue(rec: Readonly<InstanceRecord>, now: number): boolean {
  return rec.InstanceChargeType === "PREPAID" && rec.RestrictState === "NORMAL" && rec.ExpiredTime !== null && !rec.internal.pending && Date.parse(rec.ExpiredTime) <= now;
}

function recycleDue(rec: Readonly<InstanceRecord>, now: number): boolean {
  return rec.InstanceState === "SHUTDOWN" && !rec.internal.pending && rec.internal.isolatedAtMs !== undefined && now >= rec.internal.isolatedAtMs + RECYCLE_BIN_MS;
}

/** A failed launch past its retention (records from before failedAtMs existed count from their creation). */
function failedLaunchDue(rec: Readonly<InstanceRecord>, now: number): boolean {
  return rec.InstanceState === "LAUNCH_FAILED" && !rec.internal.pending && now >= (rec.internal.failedAtMs ?? rec.internal.createdAtMs) + LAUNCH_FAILED_RETENTION_MS;
}

function isDue(rec: Readonly<InstanceRecord>, now: number): boolean {
  return transitionDue(rec, now) || expiryDue(rec, now) || recycleDue(rec, now) || failedLaunchDue(rec, now) || bandwidthSwitchDue(rec, now);
}

/** Lands a due transition on a (mutable copy of a) record: final state, LatestOperationState, patch. */
function land(rec: InstanceRecord, now: number): void {
  const p = rec.internal.pending!;
  Object.assign(rec, p.patch ?? {});
  rec.InstanceState = p.to;
  rec.LatestOperationState = p.failMessage ? "FAILED" : "SUCCESS";
  rec.LatestOperationErrorMsg = p.failMessage ?? "";
  // Entering SHUTDOWN puts the instance in the recycle bin as of the landing time.
  if (p.to === "SHUTDOWN") rec.internal.isolatedAtMs = p.at;
  // A failed launch is retained from when it failed; one held for N describes failed when the last one saw it.
  if (p.to === "LAUNCH_FAILED") rec.internal.failedAtMs = p.describesLeft === undefined ? p.at : now;
  delete rec.internal.pending;
}

/** Expiry: NOTIFY_AND_AUTO_RENEW renews month by month (seed 37258); otherwise the instance is isolated. */
function expire(rec: InstanceRecord, now: number): void {
  let expiry = Date.parse(rec.ExpiredTime!);
  if (rec.RenewFlag === "NOTIFY_AND_AUTO_RENEW") {
    while (expiry <= now) expiry = addMonths(expiry, 1);
    rec.ExpiredTime = isoSeconds(expiry);
    return;
  }
  rec.InstanceState = "SHUTDOWN";
  rec.RestrictState = "EXPIRED";
  rec.IsolatedSource = "EXPIRE";
  rec.internal.isolatedAtMs = expiry;
}

/**
 * Applies whatever is due on the record (its transition, then expiry, then a bandwidth window) and persists it.
 * Returns the record as it now is, or undefined when it was released (terminated instances, the recycle bin
 * after RECYCLE_BIN_MS and failed launches after LAUNCH_FAILED_RETENTION_MS leave the store).
 */
function advance(ctx: InstanceCtx, live: Readonly<InstanceRecord>): Readonly<InstanceRecord> | undefined {
  const now = ctx.clock.now();
  if (!isDue(live, now)) return live;
  const rec = structuredClone(live) as InstanceRecord;
  if (transitionDue(rec, now)) {
    if (rec.internal.pending!.to === RELEASED) return release(ctx, rec);
    land(rec, now);
  }
  if (expiryDue(rec, now)) expire(rec, now);
  if (recycleDue(rec, now) || failedLaunchDue(rec, now)) return release(ctx, rec);
  if (bandwidthSwitchDue(rec, now)) switchBandwidth(ctx, rec, now);
  ctx.store.put(ctx.scope, INSTANCE_KIND, rec.InstanceId, rec);
  return rec;
}

function release(ctx: InstanceCtx, rec: Readonly<InstanceRecord>): undefined {
  ctx.store.delete(ctx.scope, INSTANCE_KIND, rec.InstanceId);
  return undefined;
}

/** One instance (a copy the caller may change and save), after applying its due transition. */
export function loadInstance(ctx: InstanceCtx, id: string): InstanceRecord | undefined {
  const rec = ctx.store.get<InstanceRecord>(ctx.scope, INSTANCE_KIND, id);
  if (!rec) return undefined;
  const now = advance(ctx, rec);
  return now === rec ? rec : now && structuredClone(now as InstanceRecord);
}

/**
 * Every instance in the scope, uncopied and read-only, after applying due transitions, in creation order. For
 * hot read paths (DescribeInstances over 10,000 instances): copy only what you return (toInstance).
 */
export function scanInstances(ctx: InstanceCtx): readonly Readonly<InstanceRecord>[] {
  const now = ctx.clock.now();
  const all = ctx.store.peekAll<InstanceRecord>(ctx.scope, INSTANCE_KIND);
  if (!all.some((r) => isDue(r, now))) return all;
  return ctx.store.transaction(() => all.map((r) => advance(ctx, r)).filter((r): r is Readonly<InstanceRecord> => r !== undefined));
}

/** Every instance in the scope as copies (use scanInstances when only reading many). */
export function loadInstances(ctx: InstanceCtx): InstanceRecord[] {
  return scanInstances(ctx).map((r) => structuredClone(r) as InstanceRecord);
}

/** Creates or replaces an instance; persisted before this returns. */
export function saveInstance(ctx: InstanceCtx, rec: InstanceRecord): void {
  ctx.store.put(ctx.scope, INSTANCE_KIND, rec.InstanceId, rec);
}

export function deleteInstance(ctx: InstanceCtx, id: string): boolean {
  return ctx.store.delete(ctx.scope, INSTANCE_KIND, id);
}

/**
 * "After N describes" mode: a DescribeInstances/DescribeInstancesStatus call counts as one describe for every
 * held transition in the scope it could have shown (all of them when `ids` is absent).
 */
export function countDescribe(ctx: InstanceCtx, ids?: readonly string[]): void {
  const wanted = ids && new Set(ids);
  const held = ctx.store
    .peekAll<InstanceRecord>(ctx.scope, INSTANCE_KIND)
    .filter((r) => (r.internal.pending?.describesLeft ?? 0) > 0 && (!wanted || wanted.has(r.InstanceId)));
  if (held.length === 0) return;
  ctx.store.transaction(() => {
    for (const live of held) {
      const rec = structuredClone(live) as InstanceRecord;
      rec.internal.pending!.describesLeft! -= 1;
      saveInstance(ctx, rec);
    }
  });
}

/** The first of `candidates` that `allowed` documents (falling back to the last, a common code). */
function pickCode(allowed: readonly string[] | undefined, candidates: string[]): string {
  return candidates.find((c) => !allowed || allowed.includes(c)) ?? candidates[candidates.length - 1];
}

/**
 * The instances `ids` names, in that order, as copies after due transitions. A malformed id (seed 10925:
 * `ins-` + 8 of [a-z0-9]) → InvalidInstanceId.Malformed, an unknown one → InvalidInstanceId.NotFound, or
 * the nearest code the action documents (`allowedCodes`, default: the action's errorCodes in the seed).
 */
export function requireInstances(ctx: InstanceCtx, ids: string[], allowedCodes?: readonly string[]): InstanceRecord[] {
  const allowed = allowedCodes ?? (ctx.action ? getActionSpec(ctx.action)?.errorCodes : undefined);
  const malformed = ids.find((id) => !isWellFormedId("ins", id));
  if (malformed !== undefined) {
    throw new ApiError(pickCode(allowed, ["InvalidInstanceId.Malformed", "InvalidParameterValue.InstanceIdMalformed", "InvalidParameterValue"]), {
      en: `The instance ID \`${malformed}\` is malformed.`,
      zh: `实例ID \`${malformed}\` 格式错误。`,
    });
  }
  return ids.map((id) => {
    const rec = loadInstance(ctx, id);
    if (!rec) {
      throw new ApiError(pickCode(allowed, ["InvalidInstanceId.NotFound", "ResourceNotFound"]), {
        en: `The instance \`${id}\` does not exist.`,
        zh: `实例 \`${id}\` 不存在。`,
      });
    }
    return rec;
  });
}
