// The bandwidth configurations of a BANDWIDTH_PREPAID instance (DescribeInstanceInternetBandwidthConfigs, seed
// 30456–30644: "接口返回实例的所有带宽配置信息（包含历史的带宽配置信息）"): the purchase, then one entry per
// ResetInstancesInternetMaxBandwidth window. Stored per instance under the kind "bandwidth-config".
import type { InternetBandwidthConfig } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { InstanceRecord } from "../instances/record";
import type { InstanceCtx } from "../instances/repo";
import { isoSeconds } from "../instances/time";

export const BANDWIDTH_CONFIG_KIND = "bandwidth-config";

interface BandwidthHistory {
  InstanceId: string;
  configs: InternetBandwidthConfig[];
}

const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The calendar day (UTC+8, the day the API's "YYYY-MM-DD" dates mean) of a time. */
export const beijingDate = (ms: number): string => new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

/** Midnight UTC+8 of a "YYYY-MM-DD" day, in ms. */
export const beijingMidnight = (date: string): number => Date.parse(`${date}T00:00:00+08:00`);

/**
 * A window from StartTime to EndTime, both days included (seed 30886: "新设置的带宽的有效期包含终止时间此日期"), in the
 * seed's form: midnight Beijing time in UTC (seed 30546: "2017-03-12T16:00:00Z" … "2017-04-12T16:00:00Z").
 */
export function windowConfig(start: string, end: string, mbps: number): InternetBandwidthConfig {
  return {
    StartTime: isoSeconds(beijingMidnight(start)),
    EndTime: isoSeconds(beijingMidnight(end) + DAY_MS),
    InternetAccessible: { InternetMaxBandwidthOut: mbps, InternetChargeType: "BANDWIDTH_PREPAID" },
  };
}

/** The configuration bought with the instance: its bandwidth from creation to expiry. */
function purchaseConfig(rec: Readonly<InstanceRecord>): InternetBandwidthConfig {
  return {
    StartTime: rec.CreatedTime,
    EndTime: rec.ExpiredTime ?? rec.CreatedTime,
    InternetAccessible: { InternetMaxBandwidthOut: rec.InternetAccessible.InternetMaxBandwidthOut, InternetChargeType: "BANDWIDTH_PREPAID" },
  };
}

/** Every configuration of the instance, oldest first. */
export function bandwidthConfigs(ctx: InstanceCtx, rec: Readonly<InstanceRecord>): InternetBandwidthConfig[] {
  return ctx.store.get<BandwidthHistory>(ctx.scope, BANDWIDTH_CONFIG_KIND, rec.InstanceId)?.configs ?? [purchaseConfig(rec)];
}

/** Adds a window (call before the instance's bandwidth changes, so the purchase entry keeps the bought value). */
export function recordBandwidthConfig(ctx: InstanceCtx, rec: Readonly<InstanceRecord>, config: InternetBandwidthConfig): void {
  const configs = [...bandwidthConfigs(ctx, rec), config];
  ctx.store.put<BandwidthHistory>(ctx.scope, BANDWIDTH_CONFIG_KIND, rec.InstanceId, { InstanceId: rec.InstanceId, configs });
}
