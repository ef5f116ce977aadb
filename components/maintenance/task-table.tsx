"use client";

import { useT } from "@/lib/i18n/provider";
import { authSourceLabel, statusLabel, statusTone, TASK_STATUS, typeLabel } from "@/lib/maintenance/codes";
import type { RepairTaskRow } from "@/lib/maintenance/types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { IdText, instanceHref } from "@/components/resources/id-cell";

/** Repair tasks, newest first; times are Beijing time as the API gives them (labelled). */
export function RepairTaskTable({ rows, region, canWrite, onAuthorize }: { rows: RepairTaskRow[]; region: string; canWrite: boolean; onAuthorize: (task: RepairTaskRow) => void }) {
  const t = useT();
  return (
    <Table data-testid="maintenance-table">
      <THead>
        <tr>
          <Th>{t("maintenance.col.task")}</Th>
          <Th>{t("maintenance.col.resource")}</Th>
          <Th>{t("maintenance.col.status")}</Th>
          <Th>{t("maintenance.col.created")}</Th>
          <Th>{t("maintenance.col.authorised")}</Th>
          <Th>{t("maintenance.col.detail")}</Th>
          <Th className="text-right">{t("common.actions")}</Th>
        </tr>
      </THead>
      <TBody>
        {rows.map((task) => (
          <Tr key={task.TaskId} data-testid="maintenance-row" data-id={task.TaskId} data-status={task.TaskStatus}>
            <Td>
              <div className="font-medium">{t(typeLabel(task.TaskTypeId))}</div>
              <IdText id={task.TaskId} />
            </Td>
            <Td>
              <div className="flex items-center gap-1.5">
                <span className="font-medium">{task.Alias || "—"}</span>
                <Badge>{task.Product}</Badge>
              </div>
              <div className="whitespace-nowrap">
                <IdText id={task.InstanceId} href={task.Product === "CVM" ? instanceHref(task.InstanceId, region) : undefined} />
                <span className="ml-1.5 font-mono text-xs text-muted">{task.Zone}</span>
              </div>
            </Td>
            <Td>
              <Badge tone={statusTone(task.TaskStatus)} dot data-testid="maintenance-status">
                {t(statusLabel(task.TaskStatus))}
              </Badge>
            </Td>
            <Td className="text-xs whitespace-nowrap text-muted tabular-nums">{task.CreateTime}</Td>
            <Td className="text-xs whitespace-nowrap text-muted tabular-nums">
              {task.AuthTime ?? "—"}
              {authSourceLabel(task.AuthSource) && <div>{t(authSourceLabel(task.AuthSource)!)}</div>}
            </Td>
            <Td className="max-w-md text-xs text-muted">
              <p className="line-clamp-2" title={task.TaskDetail}>
                {task.TaskDetail}
              </p>
            </Td>
            <Td className="text-right">
              {canWrite && task.TaskStatus === TASK_STATUS.WAITING && (
                <Button size="sm" variant="primary" onClick={() => onAuthorize(task)} data-testid="maintenance-authorize">
                  {t("maintenance.authorize")}
                </Button>
              )}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
