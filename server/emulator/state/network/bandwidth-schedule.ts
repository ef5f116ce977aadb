// When the recorded windows of a BANDWIDTH_PREPAID instance switch its public bandwidth. ResetInstancesInternetMaxBandwidth
// buys a higher bandwidth for StartTime–EndTime (seed 31074: "指定调整后的带宽的生效时间段"): it holds from midnight of
// StartTime (seed 31125: today → "立即生效") through the whole EndTime day (seed 31133: "有效期包含终止时间此日期").
// After it the bought bandwidth applies again: the seed calls the window a validity period (有效期) and the price is
// the extra cost for its days only (InquiryPriceResetInstancesInternetMaxBandwidth). Applied lazily, like the
// instance state machine: the record carries the next switch time (internal.bandwidthSwitchAt) and the first read
// after it recomputes InternetMaxBandwidthOut.
import type { InternetBandwidthConfig } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { InstanceRecord } from "../instances/record";
import type { InstanceCtx } from "../instances/repo";
import { bandwidthConfigs } from "./bandwidth-history";

const mbpsOf = (c: InternetBandwidthConfig) => c.InternetAccessible?.InternetMaxBandwidthOut ?? 0;
const covers = (c: InternetBandwidthConfig, t: number) => Date.parse(c.StartTime!) <= t && t < Date.parse(c.EndTime!);

/**
 * The bandwidth in force at `t`: the highest window covering it, else the bought one (`configs[0]`, the purchase).
 * Windows only ever raise the bandwidth (seed 31074: "目前不支持调小带宽"), so where two overlap the higher one holds;
 * the seed does not say, and taking the lower would undo a raise that was paid for.
 */
export function bandwidthAt(configs: readonly InternetBandwidthConfig[], t: number): number {
  const [bought, ...windows] = configs;
  return windows.filter((w) => covers(w, t)).reduce((max, w) => Math.max(max, mbpsOf(w)), mbpsOf(bought));
}

/** The first window start or end after `t` (when the bandwidth may change next), if any. */
export function nextBandwidthSwitch(configs: readonly InternetBandwidthConfig[], t: number): number | undefined {
  const bounds = configs.slice(1).flatMap((w) => [Date.parse(w.StartTime!), Date.parse(w.EndTime!)]).filter((b) => b > t);
  return bounds.length ? Math.min(...bounds) : undefined;
}

/**
 * Whether a switch is due. An operation in flight goes first: the switch waits for it to land, so a window that
 * starts today shows with its ResetInstancesInternetMaxBandwidth's SUCCESS (seed 31088), not while it is OPERATING.
 */
export function bandwidthSwitchDue(rec: Readonly<InstanceRecord>, now: number): boolean {
  const at = rec.internal.bandwidthSwitchAt;
  return at !== undefined && now >= at && !rec.internal.pending;
}

/** Sets the bandwidth in force now (on a record the caller saves) and when it changes next. */
export function switchBandwidth(ctx: InstanceCtx, rec: InstanceRecord, now: number): void {
  delete rec.internal.bandwidthSwitchAt;
  if (rec.InternetAccessible.InternetChargeType !== "BANDWIDTH_PREPAID") return;
  const configs = bandwidthConfigs(ctx, rec);
  rec.InternetAccessible = { ...rec.InternetAccessible, InternetMaxBandwidthOut: bandwidthAt(configs, now) };
  const next = nextBandwidthSwitch(configs, now);
  if (next !== undefined) rec.internal.bandwidthSwitchAt = next;
}
