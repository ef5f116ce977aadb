"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import { expiringWithin, fleetTotals } from "@/lib/overview/calendar";
import { useOverviewQuery, useRefreshOverview } from "@/lib/queries/overview";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";
import { queryError } from "@/lib/queries/query-error";
import { BusyImagesPanel, HotSpotsPanel, OperationsPanel } from "./activity-panels";
import { fleetKpis, KpiStrip } from "./fleet-kpis";
import { RegionTable } from "./region-table";
import { RenewalCalendar } from "./renewal-calendar";

/**
 * The account across every region: instance counts by state and region, renewals due in 7/30 days, quota hot spots,
 * images in progress and the latest operations. Fetched by the browser (GET /api/overview) so the page and the zones
 * panel render at once while the fan-out runs; the server caches the result for 30 s.
 */
export function Dashboard({ accountId, language }: { accountId: string; language: string }) {
  const t = useT();
  const query = useOverviewQuery(accountId, language);
  const refresh = useRefreshOverview(accountId, language);
  const [refreshing, setRefreshing] = useState(false);
  const data = query.data;
  const now = data ? Date.parse(data.asOf) : 0;
  const fleet = data ? fleetTotals(data.regions) : null;
  const failedRegions = data?.regions.filter((r) => r.errors.length > 0).length ?? 0;

  const kpis = data && fleet
    ? [
        ...fleetKpis(t, fleet.total, fleet.byState),
        { key: "expiring7", label: t("overview.kpi.expiring7"), value: expiringWithin(data.expiring, 7, now).length, href: "#renewals", tone: "danger" as const },
        { key: "expiring30", label: t("overview.kpi.expiring30"), value: expiringWithin(data.expiring, 30, now).length, href: "#renewals", tone: "warning" as const },
        { key: "hot", label: t("overview.kpi.hot"), value: data.hotSpots.length, href: "/quotas", tone: "warning" as const },
      ]
    : [];

  return (
    <section className="mb-4" data-testid="overview-dashboard" aria-busy={query.isFetching}>
      <div className="mb-2 flex items-center justify-between gap-3">
        <h2 className="text-sm font-semibold">{t("overview.dashboard.title")}</h2>
        <div className="flex items-center gap-3 text-xs text-muted">
          {data && <span data-testid="overview-as-of">{t("overview.dashboard.asOf", { time: formatDateTime(data.asOf), regions: data.regions.length })}</span>}
          <Button size="sm" disabled={refreshing || query.isFetching} onClick={() => (setRefreshing(true), void refresh().finally(() => setRefreshing(false)))} data-testid="overview-refresh">
            {refreshing || query.isFetching ? t("common.loading") : t("overview.dashboard.refresh")}
          </Button>
        </div>
      </div>
      {query.isError && <CloudErrorPanel t={t} error={queryError(query.error, t)} title={t("overview.dashboard.failed")} />}
      {query.isPending && (
        <div className="grid grid-cols-2 gap-px overflow-hidden rounded-lg border border-line bg-line sm:grid-cols-4 xl:grid-cols-8" aria-hidden>
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className="h-[62px] animate-pulse bg-surface" />
          ))}
        </div>
      )}
      {data && (
        <>
          <KpiStrip items={kpis} />
          {failedRegions > 0 && (
            <p role="alert" className="mb-3 text-xs text-red-700 dark:text-red-300" data-testid="overview-partial">
              {t("overview.dashboard.partial", { count: failedRegions })}
            </p>
          )}
          <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(20rem,2fr)]">
            <Card>
              <CardHeader title={t("overview.regions.title")} description={t("overview.regions.hint")} />
              <RegionTable regions={data.regions} />
            </Card>
            <div id="renewals">
              <RenewalCalendar items={data.expiring} now={now} />
            </div>
          </div>
          <div className="mt-4 grid items-start gap-4 lg:grid-cols-3">
            <HotSpotsPanel spots={data.hotSpots} />
            <BusyImagesPanel images={data.busyImages} />
            <OperationsPanel operations={data.operations} />
          </div>
        </>
      )}
    </section>
  );
}
