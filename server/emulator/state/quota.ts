// Instance quotas per zone and charge type (DescribeAccountQuota, seed 16572–16884; structures PostPaidQuota,
// PrePaidQuota, SpotPaidQuota). Totals are stable per zone (the shapes of the seed's example: 288 / 1250
// post-paid, 255 / 222 prepaid with OnceQuota 300, 244 / 199 spot vCPUs) and can be overridden per account
// and region for tests (`setQuotaOverride`). Usage is computed from the instances that exist.
import { ApiError } from "../protocol/errors";
import { stableHash } from "../catalog/compute/zone-name";
import { scanInstances, type InstanceCtx } from "./instances/repo";
import type { InstanceRecord } from "./instances/record";
import type { Scope, Store } from "./store";

export interface ZoneQuotaTotals {
  postPaid: number;
  prePaid: number;
  /** PrePaidQuota.OnceQuota: the most one purchase may buy (seed example 300). */
  prePaidOnce: number;
  /** SpotPaidQuota: vCPU cores (seed: "单位：vCPU核心数"). */
  spotCores: number;
}

export interface ZoneQuotaUsage {
  postPaid: number;
  /** seed PrePaidQuota.UsedQuota: "当月已使用配额", prepaid instances bought this calendar month (UTC). */
  prePaidThisMonth: number;
  spotCores: number;
}

/**
 * seed 26367 (SyncImages): "单个账号在每个地域最多支持存在500个自定义镜像" — the rule wins over the DescribeAccountQuota
 * example's TotalQuota 10 (one account's figure). DisasterRecoverGroupQuota: GroupQuota 10, 50 / 20 / 30 per group.
 */
export const IMAGE_QUOTA = 500;
export const DISASTER_RECOVER_GROUP_QUOTA = { GroupQuota: 10, CvmInHostGroupQuota: 50, CvmInSwitchGroupQuota: 20, CvmInRackGroupQuota: 30 };

const OVERRIDE_KIND = "quota-override";

const pick = (values: number[], key: string) => values[stableHash(key) % values.length];

/** The stable default totals of a zone. */
export function defaultZoneTotals(zone: string): ZoneQuotaTotals {
  return {
    postPaid: pick([288, 500, 800, 1250], `${zone}|postpaid`),
    prePaid: pick([150, 222, 255, 300], `${zone}|prepaid`),
    prePaidOnce: 300,
    spotCores: pick([199, 244, 400, 800], `${zone}|spot`),
  };
}

/** Replaces some totals for a zone ("*" = every zone of the scope's region); persisted. */
export function setQuotaOverride(store: Store, scope: Scope, zone: string, totals: Partial<ZoneQuotaTotals>): void {
  const current = store.get<Partial<ZoneQuotaTotals>>(scope, OVERRIDE_KIND, zone) ?? {};
  store.put(scope, OVERRIDE_KIND, zone, { ...current, ...totals });
}

export function zoneTotals(store: Store, scope: Scope, zone: string): ZoneQuotaTotals {
  return {
    ...defaultZoneTotals(zone),
    ...store.get<Partial<ZoneQuotaTotals>>(scope, OVERRIDE_KIND, "*"),
    ...store.get<Partial<ZoneQuotaTotals>>(scope, OVERRIDE_KIND, zone),
  };
}

const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);

/** Usage per zone from the instances of the scope (LAUNCH_FAILED instances hold no quota). */
export function usageByZone(instances: readonly Readonly<InstanceRecord>[], nowMs: number): Map<string, ZoneQuotaUsage> {
  const month = monthOf(nowMs);
  const out = new Map<string, ZoneQuotaUsage>();
  for (const rec of instances) {
    if (rec.InstanceState === "LAUNCH_FAILED") continue;
    const zone = rec.Placement.Zone;
    let u = out.get(zone);
    if (!u) out.set(zone, (u = { postPaid: 0, prePaidThisMonth: 0, spotCores: 0 }));
    if (rec.InstanceChargeType === "POSTPAID_BY_HOUR") u.postPaid += 1;
    else if (rec.InstanceChargeType === "SPOTPAID") u.spotCores += rec.CPU;
    else if (rec.InstanceChargeType === "PREPAID" && monthOf(rec.internal.createdAtMs) === month) u.prePaidThisMonth += 1;
  }
  return out;
}

export interface LaunchQuotaRequest {
  zone: string;
  chargeType: string;
  count: number;
  cpu: number;
}

/**
 * Refuses a launch that would exceed the zone's quota for its charge type (RunInstances seed 9500–9865):
 * post-paid → LimitExceeded.InstanceQuota, prepaid → LimitExceeded.PrepayQuota (also above OnceQuota),
 * spot → LimitExceeded.SpotQuota (counted in vCPUs). CDHPAID/CDCPAID run on paid hosts: no instance quota.
 */
export function assertLaunchQuota(ctx: InstanceCtx, req: LaunchQuotaRequest): void {
  const totals = zoneTotals(ctx.store, ctx.scope, req.zone);
  const used = usageByZone(scanInstances(ctx), ctx.clock.now()).get(req.zone) ?? { postPaid: 0, prePaidThisMonth: 0, spotCores: 0 };
  const refuse = (code: string, what: string, left: number) => {
    throw new ApiError(code, {
      en: `Insufficient ${what} quota in ${req.zone}: ${Math.max(0, left)} left, ${req.chargeType === "SPOTPAID" ? req.count * req.cpu + " vCPUs" : req.count} requested.`,
      zh: `${req.zone} 的${what}配额不足：剩余 ${Math.max(0, left)}。`,
    });
  };
  if (req.chargeType === "POSTPAID_BY_HOUR" && used.postPaid + req.count > totals.postPaid) {
    refuse("LimitExceeded.InstanceQuota", "pay-as-you-go instance", totals.postPaid - used.postPaid);
  }
  if (req.chargeType === "PREPAID" && (req.count > totals.prePaidOnce || used.prePaidThisMonth + req.count > totals.prePaid)) {
    refuse("LimitExceeded.PrepayQuota", "monthly subscription instance", Math.min(totals.prePaidOnce, totals.prePaid - used.prePaidThisMonth));
  }
  if (req.chargeType === "SPOTPAID" && used.spotCores + req.count * req.cpu > totals.spotCores) {
    refuse("LimitExceeded.SpotQuota", "spot vCPU", totals.spotCores - used.spotCores);
  }
}
