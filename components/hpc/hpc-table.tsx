"use client";

import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import type { HpcClusterRow } from "@/lib/hpc/types";
import { usage } from "@/lib/quotas/usage";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { IdText, InstanceLinks } from "@/components/resources/id-cell";
import { UsageBar } from "@/components/resources/usage-bar";

export function HpcClusterTable({ rows, region, canWrite, onAction }: { rows: HpcClusterRow[]; region: string; canWrite: boolean; onAction: (kind: "edit" | "delete", c: HpcClusterRow) => void }) {
  const t = useT();
  return (
    <DataTable
      testId="hpc-clusters-table"
      dense
      rows={rows}
      rowKey={(c) => c.HpcClusterId}
      rowProps={(c) => ({ "data-testid": "hpc-cluster-row", "data-id": c.HpcClusterId, "data-name": c.Name })}
      columns={[
        {
          id: "name",
          header: t("hpc.col.name"),
          sortValue: (c) => c.Name,
          cell: (c) => (
            <>
              <div className="font-medium">{c.Name}</div>
              <IdText id={c.HpcClusterId} />
            </>
          ),
        },
        { id: "zone", header: t("resources.col.zone"), className: "font-mono text-xs whitespace-nowrap", sortValue: (c) => c.Zone, cell: (c) => c.Zone },
        { id: "type", header: t("hpc.col.type"), sortValue: (c) => c.HpcClusterType, cell: (c) => <Badge>{c.HpcClusterType}</Badge> },
        {
          id: "members",
          header: t("hpc.col.members"),
          sortValue: (c) => c.CurrentNum,
          cell: (c) => <UsageBar usage={usage(c.CurrentNum, c.CvmQuotaTotal)} label={t("hpc.col.members")} />,
        },
        {
          id: "instances",
          header: t("hpc.col.instances"),
          cell: (c) => <InstanceLinks ids={c.InstanceIds} region={region} more={(n) => t("resources.more", { count: n })} />,
        },
        { id: "remark", header: t("hpc.col.remark"), className: "max-w-48 truncate text-xs text-muted", cellProps: (c) => ({ title: c.Remark }), sortValue: (c) => c.Remark, cell: (c) => c.Remark },
        { id: "created", header: t("resources.col.created"), className: "text-xs text-muted tabular-nums", sortValue: (c) => c.CreateTime, cell: (c) => formatDateTime(c.CreateTime) },
      ]}
      actions={
        canWrite
          ? (c) => (
              <>
                <Button size="sm" variant="ghost" onClick={() => onAction("edit", c)} data-testid="hpc-cluster-edit">
                  {t("common.edit")}
                </Button>
                <Button size="sm" variant="ghost" className="text-red-700 dark:text-red-300" onClick={() => onAction("delete", c)} data-testid="hpc-cluster-delete">
                  {t("common.delete")}
                </Button>
              </>
            )
          : undefined
      }
    />
  );
}
