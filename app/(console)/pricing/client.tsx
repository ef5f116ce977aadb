"use client";

import { useMemo, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import type { Locale } from "@/lib/i18n/config";
import { cheapestByMode, sortRows, type SortDir, type SortKey } from "@/lib/pricing/matrix";
import { usePricingMatrixQuery, usePricingShapesQuery } from "@/lib/pricing/queries";
import { specSearch, type PricingSpec } from "@/lib/pricing/spec";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";
import { CheapestStrip } from "@/components/pricing/cheapest-strip";
import { FanoutStatus } from "@/components/pricing/fanout-status";
import { CHART_ROWS, PriceChart } from "@/components/pricing/price-chart";
import { PricingMatrix } from "@/components/pricing/pricing-matrix";
import { SpecForm } from "@/components/pricing/spec-form";
import { queryError } from "@/lib/queries/query-error";

type Props = { accountId: string; region: string; regionName: string; language: Locale; initialSpec: PricingSpec };

/**
 * The pricing page (issue 6): a spec, and every instance type that fits it priced across zones (or regions) and
 * charge modes, streamed from the server's fan-out. The spec is in the URL (shareable, survives a reload) without a
 * server round trip: history.replaceState, which Next's router observes.
 */
export function PricingClient({ accountId, region, regionName, language, initialSpec }: Props) {
  const t = useT();
  const [spec, setSpec] = useState(initialSpec);
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: "hourly", dir: "asc" });
  const shapes = usePricingShapesQuery(accountId, region, language);
  const matrix = usePricingMatrixQuery(accountId, region, language, spec);
  const state = matrix.data;

  const changeSpec = (next: PricingSpec) => {
    setSpec(next);
    const search = specSearch(next).toString();
    window.history.replaceState(null, "", search ? `?${search}` : window.location.pathname);
  };
  const onSort = (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === "asc" ? "desc" : "asc" } : { key, dir: "asc" }));

  const rows = useMemo(() => (state ? sortRows(state, state.rows, sort.key, sort.dir) : []), [state, sort]);
  const best = useMemo(() => (state ? cheapestByMode(state) : {}), [state]);
  const cheapest = useMemo(() => new Set(Object.values(best).flatMap((b) => [...b.ids])), [best]);
  const error = matrix.isError ? queryError(matrix.error, t) : null;
  const loading = matrix.isPending || (state && state.loaded.length === 0 && !state.ended);

  return (
    <>
      <PageHeader
        title={t("nav.pricing")}
        description={t("pricing.description")}
        actions={
          <Button size="sm" onClick={() => void matrix.refresh()} disabled={matrix.isFetching} data-testid="pricing-refresh">
            {t("pricing.refresh")}
          </Button>
        }
      />
      <div className="space-y-3">
        <Card>
          <SpecForm spec={spec} shapes={shapes.data ?? []} regionName={regionName} onChange={changeSpec} />
        </Card>
        {error && <CloudErrorPanel error={error} t={t} title={t("pricing.stream.failed")} />}
        {state && <FanoutStatus state={state} fetching={matrix.isFetching} />}
        {state && state.rows.length > 0 && <CheapestStrip best={best} spec={spec} pending={!state.ended} />}
        {state && state.rows.length > 0 && (
          <Card>
            <CardHeader title={t("pricing.chart.title", { n: Math.min(CHART_ROWS, rows.length) })} description={t("pricing.chart.description")} />
            <PriceChart state={state} rows={rows} cheapest={cheapest} />
          </Card>
        )}
        <Card>
          {loading ? (
            <div className="space-y-2 p-4" aria-busy data-testid="pricing-loading">
              {Array.from({ length: 6 }, (_, i) => (
                <div key={i} className="h-7 animate-pulse rounded bg-subtle" />
              ))}
            </div>
          ) : state && state.rows.length > 0 ? (
            <>
              <PricingMatrix state={state} rows={rows} spec={spec} sort={sort} onSort={onSort} cheapest={cheapest} />
              <p className="border-t border-line px-4 py-2 text-xs text-muted">{t("pricing.exactHint")}</p>
            </>
          ) : (
            // Nothing matched; unless every region failed, which the error list above already explains.
            state &&
            Object.keys(state.regionErrors).length < state.regions.length && (
              <EmptyState data-testid="pricing-empty" title={t("pricing.empty.title")} description={t("pricing.empty.description")} />
            )
          )}
        </Card>
      </div>
    </>
  );
}
