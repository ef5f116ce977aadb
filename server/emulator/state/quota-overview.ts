// DescribeAccountQuota (seed 16572–16884): the quota sets of a region with real usage, filtered by zone and
// quota-type (seed 16596–16620).
import type { AccountQuota } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { getRegion } from "../catalog/regions";
import { ApiError } from "../protocol/errors";
import { DISASTER_RECOVER_GROUP_KIND } from "./changes/placement-groups";
import { scanInstances, type InstanceCtx } from "./instances/repo";
import { PRIVATE_IMAGE_KIND } from "./pricing-inputs/quote-image";
import { DISASTER_RECOVER_GROUP_QUOTA, IMAGE_QUOTA, usageByZone, zoneTotals } from "./quota";

/** seed 16608–16620: the quota-type values. */
export const QUOTA_TYPES = ["PostPaidQuotaSet", "PrePaidQuotaSet", "SpotPaidQuotaSet", "ImageQuotaSet", "DisasterRecoverGroupQuotaSet"] as const;
const MAX_VALUES = 5;

interface FilterInput {
  Name?: string;
  Values?: string[];
}

function parseQuotaFilters(filters: readonly FilterInput[] | undefined, region: string): { zones: string[]; types: readonly string[] } {
  const regionZones = (getRegion(region)?.zones ?? []).map((z) => z.zone);
  let zones = regionZones;
  let types: readonly string[] = QUOTA_TYPES;
  for (const [i, f] of (filters ?? []).entries()) {
    const values = f.Values ?? [];
    if (f.Name !== "zone" && f.Name !== "quota-type") throw new ApiError("InvalidFilter", { en: `The filter \`${f.Name}\` (Filters.${i}.Name) is not supported; use zone or quota-type.` });
    if (values.length === 0) throw new ApiError("InvalidFilter", { en: `Filters.${i}.Values must not be empty.` });
    if (values.length > MAX_VALUES) throw new ApiError("InvalidFilterValue.LimitExceeded", { en: `Filters.${i}.Values takes at most ${MAX_VALUES} values.` });
    if (f.Name === "zone") {
      const bad = values.find((z) => !regionZones.includes(z));
      if (bad) throw new ApiError("InvalidZone.MismatchRegion", { en: `The zone \`${bad}\` does not exist in ${region}.`, zh: `指定的zone \`${bad}\` 不存在。` });
      zones = zones.filter((z) => values.includes(z));
    } else {
      const bad = values.find((t) => !(QUOTA_TYPES as readonly string[]).includes(t));
      if (bad) throw new ApiError("InvalidParameterValue.Range", { en: `quota-type \`${bad}\` is not one of ${QUOTA_TYPES.join(", ")}.` });
      types = types.filter((t) => values.includes(t));
    }
  }
  return { zones, types };
}

export function accountQuota(ctx: InstanceCtx, region: string, filters: readonly FilterInput[] | undefined): AccountQuota {
  const { zones, types } = parseQuotaFilters(filters, region);
  const usage = usageByZone(scanInstances(ctx), ctx.clock.now());
  const rows = zones.map((Zone) => ({ Zone, totals: zoneTotals(ctx.store, ctx.scope, Zone), used: usage.get(Zone) ?? { postPaid: 0, prePaidThisMonth: 0, spotCores: 0 } }));
  const left = (total: number, used: number) => Math.max(0, total - used);
  const groups = ctx.store.peekAll(ctx.scope, DISASTER_RECOVER_GROUP_KIND).length;
  const images = ctx.store.peekAll(ctx.scope, PRIVATE_IMAGE_KIND).length;
  const want = (t: (typeof QUOTA_TYPES)[number]) => types.includes(t);
  return {
    PostPaidQuotaSet: want("PostPaidQuotaSet")
      ? rows.map(({ Zone, totals, used }) => ({ Zone, TotalQuota: totals.postPaid, UsedQuota: used.postPaid, RemainingQuota: left(totals.postPaid, used.postPaid) }))
      : [],
    PrePaidQuotaSet: want("PrePaidQuotaSet")
      ? rows.map(({ Zone, totals, used }) => ({
          Zone,
          TotalQuota: totals.prePaid,
          UsedQuota: used.prePaidThisMonth,
          RemainingQuota: left(totals.prePaid, used.prePaidThisMonth),
          OnceQuota: totals.prePaidOnce,
        }))
      : [],
    SpotPaidQuotaSet: want("SpotPaidQuotaSet")
      ? rows.map(({ Zone, totals, used }) => ({ Zone, TotalQuota: totals.spotCores, UsedQuota: used.spotCores, RemainingQuota: left(totals.spotCores, used.spotCores) }))
      : [],
    ImageQuotaSet: want("ImageQuotaSet") ? [{ UsedQuota: images, TotalQuota: IMAGE_QUOTA }] : [],
    DisasterRecoverGroupQuotaSet: want("DisasterRecoverGroupQuotaSet") ? [{ ...DISASTER_RECOVER_GROUP_QUOTA, CurrentNum: groups }] : [],
  };
}
