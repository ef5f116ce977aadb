"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { taskFiltersToSearch } from "@/lib/maintenance/filters";
import type { TaskFilters } from "@/lib/maintenance/schemas";
import type { RepairTaskRow } from "@/lib/maintenance/types";
import { useRepairTasksQuery } from "@/lib/queries/maintenance";
import { Card, CardHeader } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/shell/page-header";
import { ListState } from "@/components/resources/list-state";
import { useRegionName } from "@/components/resources/region-name";
import type { ResourcePageProps } from "@/components/resources/resource-page";
import { AuthorizeTaskDialog } from "@/components/maintenance/authorize-dialog";
import { TaskFilterBar } from "@/components/maintenance/task-filters";
import { RepairTaskTable } from "@/components/maintenance/task-table";

export function MaintenanceClient({ accountId, region, language, canWrite, serverError, initialFilters }: ResourcePageProps & { initialFilters: TaskFilters }) {
  const t = useT();
  const [filters, setFilters] = useState(initialFilters);
  const query = useRepairTasksQuery(accountId, region, filters);
  const regionName = useRegionName(accountId, language, region);
  const [authorizing, setAuthorizing] = useState<RepairTaskRow | null>(null);
  const change = (f: TaskFilters) => {
    setFilters(f);
    // The URL keeps the view bookmarkable; history.replaceState does not re-render the server page.
    window.history.replaceState(null, "", `/maintenance?${taskFiltersToSearch(f).toString()}`);
  };
  const waiting = query.data?.RepairTaskInfoSet.filter((r) => r.TaskStatus === 1).length ?? 0;
  return (
    <>
      <PageHeader title={t("nav.maintenance")} description={t("page.maintenance.description")} />
      <Card>
        <CardHeader
          title={t("maintenance.listTitle", { region: regionName })}
          description={query.data ? t("maintenance.count", { count: query.data.TotalCount, waiting }) : undefined}
        />
        <TaskFilterBar filters={filters} onChange={change} />
        <ListState
          query={query}
          initialError={serverError}
          isEmpty={(d) => d.RepairTaskInfoSet.length === 0}
          empty={{ icon: <Icon name="maintenance" className="size-5" />, title: t("maintenance.empty.title"), description: t("maintenance.empty.description"), testId: "maintenance-empty" }}
        >
          {(d) => (
            <>
              <RepairTaskTable rows={d.RepairTaskInfoSet} region={region} canWrite={canWrite} onAuthorize={setAuthorizing} />
              {d.TotalCount > d.RepairTaskInfoSet.length && <p className="px-4 py-2 text-xs text-muted">{t("maintenance.more", { shown: d.RepairTaskInfoSet.length, total: d.TotalCount })}</p>}
            </>
          )}
        </ListState>
      </Card>
      {canWrite && authorizing && <AuthorizeTaskDialog accountId={accountId} region={region} task={authorizing} onClose={() => setAuthorizing(null)} />}
    </>
  );
}
