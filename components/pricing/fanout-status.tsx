"use client";

import { useLocale, useT } from "@/lib/i18n/provider";
import { formatYuan } from "@/lib/pricing/money";
import { errorSummary, progressOf, type MatrixState } from "@/lib/pricing/matrix";

/**
 * Where the fan-out is: catalogues per region, then exact prices cell by cell, as a bar with counts; then what
 * failed, grouped by error code (one quota or image problem usually fails many cells at once), and each region
 * whose catalogue could not be read (the other regions still show).
 */
export function FanoutStatus({ state, fetching }: { state: MatrixState; fetching: boolean }) {
  const t = useT();
  const locale = useLocale();
  const p = progressOf(state);
  const total = Math.max(p.total, 1);
  const pct = state.ended ? 100 : Math.round((p.done / total) * 100);
  const errors = errorSummary(state.quoteErrors);
  const regionErrors = Object.entries(state.regionErrors);
  const names = new Map(state.regions.map((r) => [r.Region, r.RegionName]));
  const time = state.at ? new Date(state.at).toLocaleTimeString(locale) : "";
  // Traffic-billed bandwidth: the same per-GB price on every cell of a zone, so it is stated once (range if zones differ).
  const perGB = Object.values(state.quotes).flatMap((q) => (q.perGB ? [q.perGB.amount] : []));
  const gbText = perGB.length
    ? [Math.min(...perGB), Math.max(...perGB)].map((v) => formatYuan(v, locale)).filter((v, i, a) => a.indexOf(v) === i).join("–")
    : "";
  return (
    <div className="space-y-2" data-testid="pricing-progress" data-done={p.done} data-total={p.total} data-ended={state.ended || undefined}>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted">
        {p.regions > 1 && <span data-testid="pricing-progress-regions">{t("pricing.progress.regions", { done: p.regionsDone, total: p.regions })}</span>}
        <span className="tabular-nums" data-testid="pricing-progress-quotes">
          {state.ended ? t("pricing.progress.done", { total: p.total, time }) : t("pricing.progress.quotes", { done: p.done, total: p.total })}
        </span>
        {p.failed > 0 && <span className="text-red-700 dark:text-red-300">{t("pricing.progress.failed", { n: p.failed })}</span>}
        {gbText && <span data-testid="pricing-per-gb">{t("pricing.progress.perGB", { amount: gbText })}</span>}
        {state.closedZones.length > 0 && <span>{t("pricing.progress.closedZones", { zones: state.closedZones.join(", ") })}</span>}
        <span className="ml-auto">{t("pricing.currency")}</span>
      </div>
      <div
        role="progressbar"
        aria-label={t("pricing.progress.label")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        className="h-1 overflow-hidden rounded-full bg-subtle"
      >
        <div className={fetching && !state.ended ? "h-full bg-accent transition-[width] duration-300" : "h-full bg-emerald-500"} style={{ width: `${pct}%` }} />
      </div>
      {(errors.length > 0 || regionErrors.length > 0) && (
        <ul className="space-y-0.5 rounded-md bg-red-50 px-3 py-2 text-xs text-red-900 dark:bg-red-500/10 dark:text-red-200" data-testid="pricing-errors">
          {regionErrors.map(([region, e]) => (
            <li key={region} data-testid="pricing-region-error" data-region={region}>
              <strong>{t("pricing.regionError", { region: names.get(region) ?? region })}</strong> {e.message}{" "}
              <span className="font-mono opacity-80">
                {e.code}
                {e.requestId ? ` · ${e.requestId}` : ""}
              </span>
            </li>
          ))}
          {errors.map((e) => (
            <li key={e.code}>
              <strong>{t("pricing.errors.count", { n: e.count })}</strong> {e.message} <span className="font-mono opacity-80">{e.code}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
