"use client";

import { useT, useLocale } from "@/lib/i18n/provider";
import type { RegionOutcome } from "@/lib/instances/list-result";
import { Icon } from "@/components/ui/icons";

/**
 * All regions mode: how many instances each region holds, and every region that could not be listed, with
 * Tencent's code, message and RequestId. A failed region never hides the others' rows.
 */
export function RegionSummary({ regions }: { regions: RegionOutcome[] }) {
  const t = useT();
  const locale = useLocale();
  const failed = regions.filter((r) => r.error);
  const withRows = regions.filter((r) => !r.error && (r.TotalCount ?? 0) > 0);
  const empty = regions.length - failed.length - withRows.length;
  // One alert per distinct error: ten regions refused for the same reason are one line, not ten.
  const groups: Array<{ key: string; error: NonNullable<RegionOutcome["error"]>; regions: RegionOutcome[] }> = [];
  for (const r of failed) {
    const key = `${r.error!.code}|${r.error!.message}`;
    const group = groups.find((g) => g.key === key);
    if (group) group.regions.push(r);
    else groups.push({ key, error: r.error!, regions: [r] });
  }
  return (
    <div className="border-b border-line text-xs" data-testid="region-summary">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-1.5 text-muted">
        <span className="font-medium text-fg">{t(regions.length === 1 ? "instances.regions.countOne" : "instances.regions.count", { count: regions.length })}</span>
        {withRows.map((r) => (
          <span key={r.Region} data-testid="region-count" data-region={r.Region}>
            {r.RegionName} <span className="tabular-nums text-fg">{(r.TotalCount ?? 0).toLocaleString(locale)}</span>
          </span>
        ))}
        {empty > 0 && <span>{t("instances.regions.empty", { count: empty })}</span>}
      </p>
      {groups.map((g) => (
        <div
          key={g.key}
          role="alert"
          data-testid="region-error"
          data-regions={g.regions.map((r) => r.Region).join(",")}
          data-error-code={g.error.code}
          className="flex items-start gap-2 border-t border-red-200 bg-red-50 px-3 py-1.5 text-red-900 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200"
        >
          <Icon name="alert" className="mt-px size-3.5 shrink-0" />
          <div className="min-w-0">
            <p>
              <span className="font-medium">
                {t(g.regions.length === 1 ? "instances.regions.failed" : "instances.regions.failedMany", {
                  region: `${g.regions[0].RegionName} (${g.regions[0].Region})`,
                  count: g.regions.length,
                })}
              </span>{" "}
              <span className="font-mono">{g.error.code}</span> · {g.error.message}
            </p>
            <details className="mt-0.5 text-[11px] opacity-80">
              <summary className="cursor-pointer select-none">{t("instances.regions.details", { count: g.regions.length })}</summary>
              <ul className="mt-0.5 font-mono">
                {g.regions.map((r) => (
                  <li key={r.Region}>
                    {r.Region} {r.error!.requestId && <span className="select-all">RequestId {r.error!.requestId}</span>}
                  </li>
                ))}
              </ul>
            </details>
          </div>
        </div>
      ))}
    </div>
  );
}
