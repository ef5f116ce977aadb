"use client";

import { useT } from "@/lib/i18n/provider";
import { useImageQuotaQuery } from "@/lib/queries/images";
import { usageOf } from "@/lib/hosts/capacity";
import { UsageBar } from "@/components/hosts/usage-bar";

/** Custom images of this region against its quota (DescribeImageQuota, seed 25988; 500 per region, seed 26367). */
export function ImageQuotaMeter({ accountId, region }: { accountId: string; region: string }) {
  const t = useT();
  const quota = useImageQuotaQuery(accountId, region);
  if (!quota.data) return null;
  const { used, total } = quota.data;
  const usage = usageOf(total, total - used);
  if (!usage) return null;
  return <UsageBar label={t("images.quota")} used={used} total={total} percent={usage.percent} tone={usage.tone} testId="image-quota" className="w-44" />;
}
