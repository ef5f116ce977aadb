import type { AccountQuota } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { QuotaHotSpot, QuotaOverview, ZoneQuota } from "./types";
import { sumUsage, usage } from "./usage";

/**
 * DescribeAccountQuota's sets (seed 16572–16884) as one row per zone with the region's totals. A zone missing from
 * one set has no quota of that kind (0 of 0). `imageTotal` is DescribeImageQuota's ImageNumQuota when known.
 */
export function toQuotaOverview(region: string, q: AccountQuota, imageTotal?: number): QuotaOverview {
  const zones = new Set<string>();
  for (const set of [q.PostPaidQuotaSet, q.PrePaidQuotaSet, q.SpotPaidQuotaSet]) for (const r of set ?? []) if (r.Zone) zones.add(r.Zone);
  const rows: ZoneQuota[] = [...zones].sort().map((Zone) => {
    const post = q.PostPaidQuotaSet?.find((r) => r.Zone === Zone);
    const pre = q.PrePaidQuotaSet?.find((r) => r.Zone === Zone);
    const spot = q.SpotPaidQuotaSet?.find((r) => r.Zone === Zone);
    return {
      Zone,
      postPaid: usage(post?.UsedQuota ?? 0, post?.TotalQuota ?? 0),
      prePaid: { ...usage(pre?.UsedQuota ?? 0, pre?.TotalQuota ?? 0), once: pre?.OnceQuota ?? 0 },
      spot: usage(spot?.UsedQuota ?? 0, spot?.TotalQuota ?? 0),
    };
  });
  const image = q.ImageQuotaSet?.[0];
  const groups = q.DisasterRecoverGroupQuotaSet?.[0];
  return {
    Region: region,
    zones: rows,
    totals: {
      postPaid: sumUsage(rows.map((r) => r.postPaid)),
      prePaid: sumUsage(rows.map((r) => r.prePaid)),
      spot: sumUsage(rows.map((r) => r.spot)),
    },
    image: usage(image?.UsedQuota ?? 0, imageTotal ?? image?.TotalQuota ?? 0),
    placement: {
      ...usage(groups?.CurrentNum ?? 0, groups?.GroupQuota ?? 0),
      perHost: groups?.CvmInHostGroupQuota ?? 0,
      perSwitch: groups?.CvmInSwitchGroupQuota ?? 0,
      perRack: groups?.CvmInRackGroupQuota ?? 0,
    },
  };
}

/** Every quota of the region over 80 % (or exhausted), fullest first. */
export function quotaHotSpots(o: QuotaOverview): QuotaHotSpot[] {
  const spots: QuotaHotSpot[] = [];
  for (const z of o.zones) {
    for (const kind of ["postPaid", "prePaid", "spot"] as const) {
      if (z[kind].level !== "ok") spots.push({ Region: o.Region, Zone: z.Zone, kind, usage: z[kind] });
    }
  }
  if (o.image.level !== "ok") spots.push({ Region: o.Region, Zone: null, kind: "image", usage: o.image });
  if (o.placement.level !== "ok") spots.push({ Region: o.Region, Zone: null, kind: "placement", usage: o.placement });
  return spots.sort((a, b) => b.usage.share - a.usage.share);
}
