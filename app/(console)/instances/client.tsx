"use client";

import { lazy, Suspense, useMemo, useState } from "react";
import { useT, useLocale } from "@/lib/i18n/provider";
import type { Locale } from "@/lib/i18n/config";
import type { ActionError } from "@/lib/action-result";
import { hasRole, type Role } from "@/lib/roles";
import { instancesUrl, useInstancesQuery, useSaveInstanceTablePrefs } from "@/lib/queries/instances";
import { visibleColumns, type ColumnId } from "@/lib/instances/columns";
import { fetchParams } from "@/lib/instances/list-params";
import { useParsedSearch, type InitialSearch } from "@/lib/instances/use-parsed-search";
import { sortRows } from "@/lib/instances/sort";
import type { InstanceTablePrefs } from "@/lib/instances/table-prefs";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { NavLink } from "@/components/ui/nav-link";
import { PageHeader } from "@/components/shell/page-header";
import { StatusIndicator } from "@/components/status/status-indicator";
import { StatusHealthProvider } from "@/components/status/freshness";
import { ColumnChooser } from "@/components/instances/column-chooser";
import { DensityToggle } from "@/components/instances/density-toggle";
import { ExportButton } from "@/components/instances/export-button";
import { useFleetStatus } from "@/components/instances/fleet-status";
import { InstanceSearch } from "@/components/instances/instance-search";
import { InstanceTable } from "@/components/instances/instance-table";
import { TableSkeleton } from "@/components/instances/table-skeleton";
import { HAS_OPERATIONS } from "@/components/instances/operations-slot";
import { Pagination } from "@/components/instances/pagination";
import { ScopeToggle } from "@/components/instances/scope-toggle";
import { useListParams } from "@/components/instances/use-list-params";
import { queryError } from "@/lib/queries/query-error";

// All regions mode only: loaded when the page is rendered in that mode (React.lazy, not next/dynamic: its loader
// alone is ~1.5 kB gzip of first-load JS, issue 5).
const RegionSummary = lazy(() => import("@/components/instances/region-summary").then((m) => ({ default: m.RegionSummary })));
// Only when the list failed or is empty (rendered on the server in those cases, so no flash).
const ListError = lazy(() => import("@/components/instances/list-states").then((m) => ({ default: m.ListError })));
// Opened on demand by operators: the share dialog and what it imports are not part of the list's first load.
const ShareDialog = lazy(() => import("@/components/shared-views/share-dialog").then((m) => ({ default: m.ShareDialog })));
const ListEmpty = lazy(() => import("@/components/instances/list-states").then((m) => ({ default: m.ListEmpty })));

type Props = {
  accountId: string;
  region: string;
  regionName: string;
  language: Locale;
  role: Role;
  initialPrefs: InstanceTablePrefs;
  /** The URL's search as the server parsed it (the parser itself is loaded only when the search is edited). */
  initialSearch: InitialSearch;
  /** The server's first attempt failed: shown until the client's own attempt answers. */
  serverError: ActionError | null;
};

export function InstancesClient({ accountId, region, regionName, language, role, initialPrefs, initialSearch, serverError }: Props) {
  const t = useT();
  const locale = useLocale();
  const [params, setParams] = useListParams();
  const parsed = useParsedSearch(params.q, initialSearch);
  const searchErrors = parsed?.errors.length ?? 0;
  const listParams = fetchParams(params);
  // Nothing malformed is sent, and nothing at all until the search is known to be well-formed.
  const query = useInstancesQuery(accountId, region, language, listParams, parsed !== undefined && searchErrors === 0);
  const [prefs, setPrefs] = useState(initialPrefs);
  const [sharing, setSharing] = useState(false);
  const savePrefs = useSaveInstanceTablePrefs();
  const all = params.scope === "all";
  const columns = visibleColumns(prefs.columns, all);
  const data = query.data;
  const rows = useMemo(() => sortRows(data?.InstanceSet ?? [], params.sort, params.dir), [data, params.sort, params.dir]);
  const view = useFleetStatus(accountId, rows);
  // Until the stream confirms the rows, they are as fresh as the listing they came from.
  const listedAt = data ? Date.parse(data.asOf) : undefined;
  const health = useMemo(() => (view.health.asOf === undefined && listedAt ? { ...view.health, asOf: listedAt } : view.health), [view.health, listedAt]);
  const ops = useMemo(() => (HAS_OPERATIONS && hasRole(role, "operator") ? { accountId, region, role } : null), [accountId, region, role]);

  const error = query.isError ? queryError(query.error, t) : data ? null : serverError;
  const savePref = (change: Partial<InstanceTablePrefs>) => {
    setPrefs((p) => ({ ...p, ...change }));
    savePrefs.save(change);
  };
  const onSort = (id: ColumnId) =>
    setParams(params.sort !== id ? { sort: id, dir: "asc" } : params.dir === "asc" ? { dir: "desc" } : { sort: null, dir: "asc" });
  const total = data?.TotalCount ?? 0;
  const searching = params.q.trim() !== "";
  const emptyKind = searchErrors
    ? "badSearch"
    : !data || rows.length > 0
      ? null
      : total > 0
        ? "pastEnd"
        : searching
          ? "search"
          : all
            ? "fleet"
            : "region";

  return (
    <StatusHealthProvider value={health}>
      <PageHeader
        title={t("nav.instances")}
        description={
          data
            ? t(all ? (total === 1 ? "instances.summary.allOne" : "instances.summary.all") : total === 1 ? "instances.summary.regionOne" : "instances.summary.region", {
                count: total.toLocaleString(locale),
                region: regionName,
              })
            : t("page.instances.description")
        }
        actions={
          <>
            {rows.length > 0 && <StatusIndicator health={view.health} />}
            <ExportButton url={instancesUrl("/api/instances/export", region, listParams, { columns: columns.join(",") })} total={total} />
            {hasRole(role, "operator") && (
              <Button variant="secondary" onClick={() => setSharing(true)} disabled={searchErrors > 0} data-testid="instances-share" title={t("sharedViews.shareHint")}>
                {t("sharedViews.share")}
              </Button>
            )}
            <Button
              variant="secondary"
              onClick={() => query.refetch()}
              disabled={query.isFetching || searchErrors > 0}
              data-testid="instances-refresh"
              title={data ? t("instances.listedAt", { time: data.asOf.slice(11, 19) }) : undefined}
            >
              <svg aria-hidden viewBox="0 0 16 16" className={query.isFetching ? "size-3.5 animate-spin" : "size-3.5"} fill="none" stroke="currentColor" strokeWidth="1.6">
                <path d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9M13.5 2.5v2.6h-2.6" />
              </svg>
              {t("instances.refresh")}
            </Button>
            {ops && (
              <NavLink href="/instances/new" className={buttonClass("primary")} data-testid="instances-create">
                {t("instances.create")}
              </NavLink>
            )}
          </>
        }
      />

      <div className="mb-3 flex flex-wrap items-start gap-2">
        <ScopeToggle scope={params.scope} regionName={regionName} onChange={(scope) => setParams({ scope })} />
        <InstanceSearch key={params.q} q={params.q} initial={initialSearch} onSearch={(q) => setParams({ q })} />
        <DensityToggle density={prefs.density} onChange={(density) => savePref({ density })} />
        <ColumnChooser columns={prefs.columns} saving={savePrefs.saving} onChange={(cols) => savePref({ columns: cols })} />
      </div>

      <Card className="overflow-hidden">
        {query.isFetching && <div aria-hidden className="h-0.5 animate-pulse bg-accent" data-testid="instances-fetching" />}
        {data?.regions && all && (
          <Suspense fallback={null}>
            <RegionSummary regions={data.regions} />
          </Suspense>
        )}
        {error ? (
          <Suspense fallback={null}>
            <ListError error={error} onRetry={() => query.refetch()} />
          </Suspense>
        ) : emptyKind ? (
          <Suspense fallback={null}>
            <ListEmpty
              kind={emptyKind}
              regionName={regionName}
              onAction={
                emptyKind === "region"
                  ? () => setParams({ scope: "all" })
                  : emptyKind === "search"
                    ? () => setParams({ q: "" })
                    : emptyKind === "pastEnd"
                      ? () => setParams({ page: Math.max(1, Math.ceil(total / params.size)) })
                      : undefined
              }
            />
          </Suspense>
        ) : !data ? (
          <TableSkeleton />
        ) : (
          <InstanceTable
            rows={rows}
            columns={columns}
            density={prefs.density}
            live={view.byId}
            sort={params.sort}
            dir={params.dir}
            onSort={onSort}
            ops={ops}
            selectionKey={`${params.scope}|${listParams.q}|${params.page}|${params.size}`}
            stale={query.isPlaceholderData}
          />
        )}
        {data && !error && !emptyKind && total > 0 && (
          <Pagination
            offset={data.offset}
            shown={rows.length}
            total={total}
            page={params.page}
            size={params.size}
            onPage={(page) => setParams({ page })}
            onSize={(size) => setParams({ size })}
            sortNote={params.sort ? t("instances.sort.note") : undefined}
          />
        )}
      </Card>
      {sharing && (
        <Suspense fallback={null}>
          <ShareDialog scope={params.scope} q={params.q} columns={prefs.columns} regionName={regionName} onClose={() => setSharing(false)} />
        </Suspense>
      )}
    </StatusHealthProvider>
  );
}
