"use client";

import { useT } from "@/lib/i18n/provider";
import type { QuotaHotSpot } from "@/lib/quotas/types";
import { percent } from "@/lib/quotas/usage";
import { Icon } from "@/components/ui/icons";

/** "Over 80 %" warnings, fullest first; shared by the quotas page and the overview. */
export function HotSpotList({ spots, showRegion = false }: { spots: QuotaHotSpot[]; showRegion?: boolean }) {
  const t = useT();
  return (
    <ul className="space-y-1 text-[13px]" data-testid="quota-hot-spots">
      {spots.map((s) => (
        <li key={`${s.Region}|${s.Zone}|${s.kind}`} className="flex items-center gap-2" data-testid="quota-hot-spot" data-level={s.usage.level}>
          <Icon name="alert" className={s.usage.level === "full" ? "size-3.5 shrink-0 text-red-600 dark:text-red-400" : "size-3.5 shrink-0 text-amber-600 dark:text-amber-400"} />
          <span className="min-w-0 truncate">
            {t(`quotas.kind.${s.kind}`)}
            {s.Zone ? <span className="font-mono text-xs text-muted"> · {s.Zone}</span> : showRegion && <span className="font-mono text-xs text-muted"> · {s.Region}</span>}
          </span>
          <span className="ml-auto shrink-0 tabular-nums">
            {s.usage.used} / {s.usage.total} <b>{percent(s.usage)}%</b>
          </span>
        </li>
      ))}
    </ul>
  );
}
