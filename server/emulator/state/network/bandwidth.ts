// InquiryPriceResetInstancesInternetMaxBandwidth (seed 30821–31065) and ResetInstancesInternetMaxBandwidth (seed
// 31066–31345) check a bandwidth change with the same rules; the inquiry prices it with the one price model
// (pricing/price-bandwidth.ts), the reset applies it. Codes a page does not document fall to the nearest it does.
import type { InternetAccessible, Price } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { ActionContext } from "../../actions/types";
import { priceBandwidthChange, type InternetChargeType } from "../../pricing";
import { ApiError, missingParameter } from "../../protocol/errors";
import { requireBatch } from "../changes/operations";
import { isWellFormedId } from "../ids";
import type { InstanceRecord } from "../instances/record";
import { MAX_BANDWIDTH_OUT } from "../pricing-inputs/launch-internet";
import { firstDocumented } from "../pricing-inputs/documented-codes";
import { beijingDate, recordBandwidthConfig, windowConfig } from "./bandwidth-history";
import { assertNotStopCharging, assertReady, beginAccessChange } from "./instance-ops";

export interface BandwidthChangeRequest {
  InstanceIds: string[];
  InternetAccessible: InternetAccessible;
  StartTime?: string;
  EndTime?: string;
}

export interface BandwidthPlan {
  recs: InstanceRecord[];
  kind: InternetChargeType;
  mbps: number;
  /** BANDWIDTH_PREPAID only: the days the new bandwidth holds ("YYYY-MM-DD", both included). */
  window?: { start: string; end: string };
}

/** seed 30859: "每次请求批量实例的上限为100". */
const MAX_INSTANCES = 100;
/** seed 30839 / 30865: one instance at a time for these kinds ("当调整 BANDWIDTH_PREPAID 和 BANDWIDTH_POSTPAID_BY_HOUR … 只支持一个实例"). */
const SINGLE_INSTANCE_KINDS = ["BANDWIDTH_PREPAID", "BANDWIDTH_POSTPAID_BY_HOUR"];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const fail = (ctx: ActionContext, candidates: string[], en: string, zh?: string) => new ApiError(firstDocumented(ctx.action, candidates), { en, ...(zh ? { zh } : {}) });

/** seed 30870–30872: "暂时只支持InternetMaxBandwidthOut参数" (a charge type equal to the instance's is harmless). */
function requestedMbps(ctx: ActionContext, ia: InternetAccessible, kind: string): number {
  if (ia.InternetMaxBandwidthOut === undefined) throw missingParameter("InternetAccessible.InternetMaxBandwidthOut");
  if (ia.PublicIpAssigned !== undefined || (ia.InternetChargeType !== undefined && ia.InternetChargeType !== kind)) {
    throw fail(ctx, ["InvalidParameter"], "Only InternetAccessible.InternetMaxBandwidthOut can be changed here.", "暂时只支持修改 InternetMaxBandwidthOut 参数。");
  }
  return ia.InternetMaxBandwidthOut;
}

function checkBandwidthPackage(ctx: ActionContext, id: string | undefined, recs: readonly InstanceRecord[], kind: string): void {
  if (id === undefined) return;
  if (kind !== "BANDWIDTH_PACKAGE") {
    throw fail(ctx, ["UnsupportedOperation.BandwidthPackageIdNotSupported"], `A BandwidthPackageId cannot be used with ${kind} bandwidth.`, `网络计费模式 ${kind} 不支持共享带宽包。`);
  }
  // seed 31286–31288: "类似bwp-xxxxxxxx".
  if (!isWellFormedId("bwp", id)) throw fail(ctx, ["InvalidParameterValue.BandwidthPackageIdMalformed"], `The bandwidth package ID \`${id}\` is malformed.`);
  if (recs.some((r) => r.InternetAccessible.BandwidthPackageId !== id)) throw fail(ctx, ["InvalidParameterValue"], `The instances are not in the bandwidth package ${id}.`);
}

/** seed 30829 / 30876 / 30888: prepaid bandwidth needs StartTime and EndTime, from today to at most the expiry day. */
function parseWindow(ctx: ActionContext, p: BandwidthChangeRequest, rec: InstanceRecord): BandwidthPlan["window"] {
  if (p.StartTime === undefined) throw missingParameter("StartTime");
  if (p.EndTime === undefined) throw missingParameter("EndTime");
  for (const [name, v] of [["StartTime", p.StartTime], ["EndTime", p.EndTime]] as const) {
    if (!DATE.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) {
      throw fail(ctx, ["InvalidParameterValue"], `${name} must be a date YYYY-MM-DD; got "${v}".`, `${name} 格式应为 YYYY-MM-DD。`);
    }
  }
  const today = beijingDate(ctx.clock.now());
  if (p.StartTime < today) throw fail(ctx, ["InvalidParameterValue"], `StartTime ${p.StartTime} is before today (${today}).`, "起始时间不能早于当前时间。");
  if (p.EndTime < p.StartTime) throw fail(ctx, ["InvalidParameterValue"], "EndTime is before StartTime.", "终止时间不能早于起始时间。");
  const expiry = rec.ExpiredTime ? beijingDate(Date.parse(rec.ExpiredTime)) : today;
  if (p.EndTime > expiry) throw fail(ctx, ["InvalidParameterValue"], `EndTime ${p.EndTime} is after the instance's expiry (${expiry}).`, "终止时间不能晚于包年包月实例的到期时间。");
  return { start: p.StartTime, end: p.EndTime };
}

/**
 * The checked change. `checkState`: the reset refuses instances that cannot change now (its page documents the
 * state codes, seed 31306–31345); the inquiry documents none and quotes any instance.
 */
export function planBandwidthChange(ctx: ActionContext, p: BandwidthChangeRequest, checkState: boolean): BandwidthPlan {
  const recs = requireBatch(ctx, p.InstanceIds, MAX_INSTANCES);
  const kinds = [...new Set(recs.map((r) => r.InternetAccessible.InternetChargeType ?? ""))];
  // seed 30841: "接口不支持批量调整混合计费方式的带宽".
  if (kinds.length > 1) throw fail(ctx, ["InvalidParameterCombination", "InvalidParameter"], `The instances mix bandwidth billing modes (${kinds.join(", ")}).`, "不支持批量调整混合计费方式的带宽。");
  const kind = kinds[0] as InternetChargeType;
  const mbps = requestedMbps(ctx, p.InternetAccessible, kind);
  if (SINGLE_INSTANCE_KINDS.includes(kind) && recs.length > 1) {
    throw fail(ctx, ["InvalidParameterValue.LimitExceeded"], `${kind} bandwidth is changed one instance at a time.`, `${kind} 计费方式的带宽只支持一个实例。`);
  }
  checkBandwidthPackage(ctx, p.InternetAccessible.BandwidthPackageId, recs, kind);
  const max = MAX_BANDWIDTH_OUT[kind] ?? 100;
  if (mbps < 0 || mbps > max) {
    throw fail(ctx, ["InvalidParameterValue.Range"], `InternetMaxBandwidthOut must be 0–${max} Mbps for ${kind}; got ${mbps}.`, `InternetMaxBandwidthOut 取值范围为 0–${max} Mbps。`);
  }
  for (const rec of recs) {
    if (checkState) assertReady(ctx, rec, ["RUNNING", "STOPPED"]);
    assertNotStopCharging(ctx, rec);
    // FailedOperation.NotFoundEIP (seed 31028, 31243): no public IP, no public bandwidth to change.
    if (!rec.PublicIpAddresses?.length) {
      throw fail(ctx, ["FailedOperation.NotFoundEIP"], `The instance \`${rec.InstanceId}\` has no public IP.`, `实例 \`${rec.InstanceId}\` 没有公网IP。`);
    }
  }
  if (kind !== "BANDWIDTH_PREPAID") {
    // seed 30833: the hourly kinds change at once and take no StartTime / EndTime.
    if (p.StartTime !== undefined || p.EndTime !== undefined) {
      throw fail(ctx, ["InvalidParameterCombination", "InvalidParameter"], `StartTime and EndTime apply to BANDWIDTH_PREPAID bandwidth only, not ${kind}.`, "StartTime 和 EndTime 仅对包年包月带宽有效。");
    }
    return { recs, kind, mbps };
  }
  const current = recs[0].InternetAccessible.InternetMaxBandwidthOut ?? 0;
  // seed 30829: "目前不支持调小带宽".
  if (mbps < current) throw fail(ctx, ["InvalidParameterValue"], `Prepaid bandwidth cannot be lowered (${current} → ${mbps} Mbps).`, "包年包月带宽目前不支持调小。");
  return { recs, kind, mbps, window: parseWindow(ctx, p, recs[0]) };
}

/** The price of the change: the new hourly rate, or the extra cost of the prepaid window (pricing/price-bandwidth.ts). */
export function quoteBandwidthChange(plan: BandwidthPlan): Price {
  const rec = plan.recs[0];
  return priceBandwidthChange({
    zone: rec.Placement.Zone,
    internetChargeType: plan.kind,
    currentMbps: rec.InternetAccessible.InternetMaxBandwidthOut ?? 0,
    newMbps: plan.mbps,
    count: plan.recs.length,
    ...(plan.window ? { startTime: plan.window.start, endTime: plan.window.end } : {}),
  });
}

/**
 * Applies the change on the clock. Hourly kinds take the new bandwidth with the operation (seed 31078: "实时生效"). A
 * prepaid window is recorded in the instance's bandwidth history and switches the bandwidth on from its StartTime
 * and off after its EndTime day (network/bandwidth-schedule.ts): one that starts today shows when the operation lands
 * (seed 31125: "如果起始时间是今天则新设置的带宽立即生效"), a later one on its day, lazily on the clock.
 */
export function applyBandwidthChange(ctx: ActionContext, plan: BandwidthPlan): void {
  ctx.store.transaction(() => {
    for (const rec of plan.recs) {
      if (plan.window) {
        recordBandwidthConfig(ctx, rec, windowConfig(plan.window.start, plan.window.end, plan.mbps));
        // Due now, so the first read after the operation lands recomputes the bandwidth and schedules the next switch.
        rec.internal.bandwidthSwitchAt = ctx.clock.now();
      }
      const patch = plan.window ? undefined : { InternetAccessible: { ...rec.InternetAccessible, InternetMaxBandwidthOut: plan.mbps } };
      beginAccessChange(ctx, rec, { stopFirst: false, ...(patch ? { patch } : {}) });
    }
  });
}
