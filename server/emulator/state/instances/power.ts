// Start / Stop / Reboot / Terminate on a checked batch of instances (seed 14097–14831, 19139–19424). Every
// instance of the batch is checked before any is changed, so a refused batch changes nothing.
import { ApiError, invalidParameterValue } from "../../protocol/errors";
import { assertOperable, beginOperation } from "./lifecycle";
import { usedPublicIps } from "./launch-network";
import { allocatePublicIp } from "./network";
import { RELEASED, type InstanceRecord } from "./record";
import type { InstanceCtx } from "./repo";

type Ctx = InstanceCtx & { action: string; requestId: string };

/** seed 14399 / 14654: StopType values, default SOFT. */
export const STOP_TYPES = ["SOFT", "HARD", "SOFT_FIRST"];
/** seed 14666: StoppedMode values, default KEEP_CHARGING. */
export const STOPPED_MODES = ["KEEP_CHARGING", "STOP_CHARGING"];

export function checkStopType(stopType: string | undefined): void {
  if (stopType !== undefined && !STOP_TYPES.includes(stopType)) throw invalidParameterValue("StopType", `"${stopType}" is not one of ${STOP_TYPES.join(", ")}`);
}

const allOperable = (ctx: Ctx, recs: readonly InstanceRecord[]) => recs.forEach((r) => assertOperable(r, ctx.action));

/** Stop-charging needs a pay-as-you-go instance on cloud disks only (seed 14666–14672; "按量计费实例关机不收费说明"). */
function canStopCharging(rec: InstanceRecord): boolean {
  const disks = [rec.SystemDisk.DiskType, ...rec.DataDisks.map((d) => d.DiskType)];
  return rec.InstanceChargeType === "POSTPAID_BY_HOUR" && disks.every((d) => d?.startsWith("CLOUD_"));
}

/**
 * RUNNING → STOPPING → STOPPED. StopChargingMode lands as KEEP_CHARGING / STOP_CHARGING for instances that can stop
 * charging and NOT_APPLICABLE for the rest (seed 37079–37099); STOP_CHARGING asked of one that cannot →
 * UnsupportedOperation.StoppedModeStopCharging. A stop-charging instance gives back its public IP.
 */
export function stopInstances(ctx: Ctx, recs: InstanceRecord[], opts: { stopType?: string; stoppedMode?: string }): void {
  checkStopType(opts.stopType);
  const mode = opts.stoppedMode ?? "KEEP_CHARGING";
  if (!STOPPED_MODES.includes(mode)) throw invalidParameterValue("StoppedMode", `"${mode}" is not one of ${STOPPED_MODES.join(", ")}`);
  allOperable(ctx, recs);
  const refused = mode === "STOP_CHARGING" && recs.find((r) => !canStopCharging(r));
  if (refused) {
    throw new ApiError("UnsupportedOperation.StoppedModeStopCharging", {
      en: `The instance ${refused.InstanceId} (${refused.InstanceChargeType}) cannot stop charging while shut down.`,
      zh: `实例 ${refused.InstanceId} 不支持关机不收费。`,
    });
  }
  ctx.store.transaction(() => {
    for (const rec of recs) {
      const charging = canStopCharging(rec) ? mode : "NOT_APPLICABLE";
      const patch = charging === "STOP_CHARGING" ? { StopChargingMode: charging, PublicIpAddresses: null } : { StopChargingMode: charging };
      beginOperation(ctx, rec, { operation: ctx.action, transitional: "STOPPING", final: "STOPPED", patch });
    }
  });
}

/** STOPPED → STARTING → RUNNING; an instance that stopped charging gets a new public IP (its old one was released). */
export function startInstances(ctx: Ctx, recs: InstanceRecord[]): void {
  allOperable(ctx, recs);
  ctx.store.transaction(() => {
    const used = usedPublicIps(ctx);
    for (const rec of recs) {
      const needsIp = rec.InternetAccessible.PublicIpAssigned && !rec.PublicIpAddresses?.length;
      const ip = needsIp ? allocatePublicIp(ctx.scope.region, `${rec.InstanceId}|${ctx.requestId}`, used) : undefined;
      if (ip) used.add(ip);
      beginOperation(ctx, rec, {
        operation: ctx.action,
        transitional: "STARTING",
        final: "RUNNING",
        patch: { StopChargingMode: "NOT_APPLICABLE", ...(ip ? { PublicIpAddresses: [ip] } : {}) },
      });
    }
  });
}

/** RUNNING → REBOOTING → RUNNING (seed 14319–14321). */
export function rebootInstances(ctx: Ctx, recs: InstanceRecord[], stopType: string | undefined): void {
  checkStopType(stopType);
  allOperable(ctx, recs);
  ctx.store.transaction(() => {
    for (const rec of recs) beginOperation(ctx, rec, { operation: ctx.action, transitional: "REBOOTING", final: "RUNNING" });
  });
}

/**
 * seed 19147–19157: pay-as-you-go instances are destroyed (TERMINATING → released); a prepaid instance goes to
 * the recycle bin first (TERMINATING → SHUTDOWN, IsolatedSource MANMADE) and is destroyed by a second call. All
 * instances of a batch must share one charge type (UnsupportedOperation.InstanceMixedPricingModel); destroy
 * protection (DisableApiTermination, seed 37208) → UnsupportedOperation.InstancesProtected.
 */
export function terminateInstances(ctx: Ctx, recs: InstanceRecord[]): void {
  const prepaid = (r: InstanceRecord) => r.InstanceChargeType === "PREPAID";
  if (recs.some(prepaid) && !recs.every(prepaid)) {
    throw new ApiError("UnsupportedOperation.InstanceMixedPricingModel", { en: "All instances of one TerminateInstances call must share one billing mode." });
  }
  const protectedOne = recs.find((r) => r.DisableApiTermination);
  if (protectedOne) {
    throw new ApiError("UnsupportedOperation.InstancesProtected", {
      en: `The instance ${protectedOne.InstanceId} has destroy protection enabled; disable it first.`,
      zh: `实例 ${protectedOne.InstanceId} 已开启销毁保护，请先关闭实例销毁保护。`,
    });
  }
  allOperable(ctx, recs);
  ctx.store.transaction(() => {
    for (const rec of recs) {
      const toRecycleBin = prepaid(rec) && rec.InstanceState !== "SHUTDOWN";
      beginOperation(ctx, rec, {
        operation: ctx.action,
        transitional: "TERMINATING",
        final: toRecycleBin ? "SHUTDOWN" : RELEASED,
        ...(toRecycleBin ? { patch: { IsolatedSource: "MANMADE" } } : {}),
      });
    }
  });
}
