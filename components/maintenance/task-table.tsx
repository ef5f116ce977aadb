"use client";

import { useT } from "@/lib/i18n/provider";
import { authSourceLabel, statusLabel, statusTone, TASK_STATUS, typeLabel } from "@/lib/maintenance/codes";
import type { RepairTaskRow } from "@/lib/maintenance/types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { IdText, instanceHref } from "@/components/resources/id-cell";

/** Repair tasks, newest first; times are Beijing time as the API gives them (labelled), so they sort as text. */
export function RepairTaskTable({ rows, region, canWrite, onAuthorize }: { rows: RepairTaskRow[]; region: string; canWrite: boolean; onAuthorize: (task: RepairTaskRow) => void }) {
  const t = useT();
  return (
    <DataTable
      testId="maintenance-table"
      rows={rows}
      rowKey={(task) => task.TaskId}
      rowProps={(task) => ({ "data-testid": "maintenance-row", "data-id": task.TaskId, "data-status": task.TaskStatus })}
      columns={[
        {
          id: "task",
          header: t("maintenance.col.task"),
          sortValue: (task) => t(typeLabel(task.TaskTypeId)),
          cell: (task) => (
            <>
              <div className="font-medium">{t(typeLabel(task.TaskTypeId))}</div>
              <IdText id={task.TaskId} />
            </>
          ),
        },
        {
          id: "resource",
          header: t("maintenance.col.resource"),
          sortValue: (task) => task.Alias || task.InstanceId,
          cell: (task) => (
            <>
              <div className="flex items-center gap-1.5">
                <span className="font-medium">{task.Alias || "—"}</span>
                <Badge>{task.Product}</Badge>
              </div>
              <div className="whitespace-nowrap">
                <IdText id={task.InstanceId} href={task.Product === "CVM" ? instanceHref(task.InstanceId, region) : undefined} />
                <span className="ml-1.5 font-mono text-xs text-muted">{task.Zone}</span>
              </div>
            </>
          ),
        },
        {
          id: "status",
          header: t("maintenance.col.status"),
          sortValue: (task) => task.TaskStatus,
          cell: (task) => (
            <Badge tone={statusTone(task.TaskStatus)} dot data-testid="maintenance-status">
              {t(statusLabel(task.TaskStatus))}
            </Badge>
          ),
        },
        { id: "created", header: t("maintenance.col.created"), className: "text-xs whitespace-nowrap text-muted tabular-nums", sortValue: (task) => task.CreateTime, cell: (task) => task.CreateTime },
        {
          id: "authorised",
          header: t("maintenance.col.authorised"),
          className: "text-xs whitespace-nowrap text-muted tabular-nums",
          sortValue: (task) => task.AuthTime,
          cell: (task) => (
            <>
              {task.AuthTime ?? "—"}
              {authSourceLabel(task.AuthSource) && <div>{t(authSourceLabel(task.AuthSource)!)}</div>}
            </>
          ),
        },
        {
          id: "detail",
          header: t("maintenance.col.detail"),
          className: "max-w-md text-xs text-muted",
          cell: (task) => (
            <p className="line-clamp-2" title={task.TaskDetail}>
              {task.TaskDetail}
            </p>
          ),
        },
      ]}
      actions={(task) =>
        canWrite &&
        task.TaskStatus === TASK_STATUS.WAITING && (
          <Button size="sm" variant="primary" onClick={() => onAuthorize(task)} data-testid="maintenance-authorize">
            {t("maintenance.authorize")}
          </Button>
        )
      }
    />
  );
}
