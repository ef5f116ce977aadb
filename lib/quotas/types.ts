import type { Usage } from "./usage";

// What GET /api/quotas answers: one region's quotas, already turned into used-of-total figures.

/** Which quota of a zone (DescribeAccountQuota, seed 16572–16884). */
export const QUOTA_KINDS = ["postPaid", "prePaid", "spot"] as const;
export type QuotaKind = (typeof QUOTA_KINDS)[number];

export interface ZoneQuota {
  Zone: string;
  /** Pay-as-you-go instances (PostPaidQuotaSet). */
  postPaid: Usage;
  /** Prepaid instances bought this month (PrePaidQuotaSet), and how many one purchase may buy (OnceQuota). */
  prePaid: Usage & { once: number };
  /** Spot instances, counted in vCPUs (SpotPaidQuotaSet). */
  spot: Usage;
}

export interface QuotaOverview {
  Region: string;
  zones: ZoneQuota[];
  totals: Record<QuotaKind, Usage>;
  /** Custom images of the region (ImageQuotaSet / DescribeImageQuota). */
  image: Usage;
  /** Placement groups (DisasterRecoverGroupQuotaSet) and instances allowed per group by type. */
  placement: Usage & { perHost: number; perSwitch: number; perRack: number };
}

export interface QuotaHotSpot {
  Region: string;
  Zone: string | null;
  kind: QuotaKind | "image" | "placement";
  usage: Usage;
}
