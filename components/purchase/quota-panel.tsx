"use client";

import { useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/cn";
import type { QuotaImpact } from "@/lib/purchase/quota";

/** What this purchase takes of the zone's remaining quota for its charge type (DescribeAccountQuota). */
export function QuotaPanel({ impact, loading, failed, zoneName }: { impact: QuotaImpact | null; loading: boolean; failed: boolean; zoneName: string }) {
  const t = useT();
  if (!impact) {
    return (
      <div className="px-4 py-3 text-[13px] text-muted" data-testid="purchase-quota">
        <h3 className="mb-1 font-semibold text-fg">{t("purchase.quota.title")}</h3>
        {loading ? t("common.loading") : failed ? t("purchase.quota.failed") : t("purchase.quota.unknown")}
      </div>
    );
  }
  if (impact.kind === "none") {
    return (
      <div className="px-4 py-3 text-[13px]" data-testid="purchase-quota" data-exceeds="false">
        <h3 className="mb-1 font-semibold">{t("purchase.quota.title")}</h3>
        <p className="text-muted">{t("purchase.quota.cdh")}</p>
      </div>
    );
  }
  const unit = impact.unit === "vcpus" ? t("purchase.quota.vcpus") : t("purchase.quota.instances");
  const total = Math.max(impact.total, impact.used + impact.needed, 1);
  const pct = (n: number) => `${Math.min(100, (n / total) * 100)}%`;
  const over = !!impact.exceeds;
  return (
    <div className="px-4 py-3 text-[13px]" data-testid="purchase-quota" data-exceeds={over ? "true" : "false"}>
      <div className="mb-1.5 flex items-baseline justify-between gap-2">
        <h3 className="font-semibold">{t("purchase.quota.title")}</h3>
        <span className="text-xs text-muted">
          {zoneName} · {t(`purchase.quota.kind.${impact.kind}`)}
        </span>
      </div>
      <div className="flex h-2 overflow-hidden rounded-full bg-subtle" aria-hidden>
        <div className="bg-line-strong" style={{ width: pct(impact.used) }} />
        <div className={cn(over ? "bg-red-500" : "bg-accent")} style={{ width: pct(impact.needed) }} />
      </div>
      <p className={cn("mt-1.5", over && "font-medium text-red-700 dark:text-red-300")} data-testid="purchase-quota-text">
        {t("purchase.quota.uses", { needed: impact.needed, remaining: impact.remaining, unit })}
      </p>
      <p className="text-xs text-muted">{t("purchase.quota.detail", { used: impact.used, total: impact.total, unit })}</p>
      {impact.once !== undefined && <p className="text-xs text-muted">{t("purchase.quota.once", { once: impact.once })}</p>}
    </div>
  );
}
