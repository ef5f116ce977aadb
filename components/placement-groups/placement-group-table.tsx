"use client";

import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import type { PlacementGroupRow } from "@/lib/placement-groups/types";
import { usage } from "@/lib/quotas/usage";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { IdText, InstanceLinks } from "@/components/resources/id-cell";
import { UsageBar } from "@/components/resources/usage-bar";
import { typeLabel } from "./type-label";

export function PlacementGroupTable({ rows, region, canWrite, onAction }: { rows: PlacementGroupRow[]; region: string; canWrite: boolean; onAction: (kind: "rename" | "delete", g: PlacementGroupRow) => void }) {
  const t = useT();
  const type = (g: PlacementGroupRow) => t(`placementGroups.type.${typeLabel(g.Type)}`);
  return (
    <DataTable
      testId="placement-groups-table"
      rows={rows}
      rowKey={(g) => g.DisasterRecoverGroupId}
      rowProps={(g) => ({ "data-testid": "placement-group-row", "data-id": g.DisasterRecoverGroupId, "data-name": g.Name })}
      columns={[
        {
          id: "name",
          header: t("placementGroups.col.name"),
          sortValue: (g) => g.Name,
          cell: (g) => (
            <>
              <div className="font-medium">{g.Name}</div>
              <IdText id={g.DisasterRecoverGroupId} />
            </>
          ),
        },
        { id: "type", header: t("placementGroups.col.type"), sortValue: type, cell: (g) => <Badge>{type(g)}</Badge> },
        {
          id: "members",
          header: t("placementGroups.col.members"),
          sortValue: (g) => g.CurrentNum,
          cell: (g) => <UsageBar usage={usage(g.CurrentNum, g.CvmQuotaTotal)} label={t("placementGroups.col.members")} />,
        },
        {
          id: "instances",
          header: t("placementGroups.col.instances"),
          cell: (g) => <InstanceLinks ids={g.InstanceIds} region={region} more={(n) => t("resources.more", { count: n })} />,
        },
        { id: "affinity", header: t("placementGroups.col.affinity"), className: "tabular-nums", sortValue: (g) => g.Affinity, cell: (g) => g.Affinity },
        { id: "created", header: t("resources.col.created"), className: "text-xs whitespace-nowrap text-muted", sortValue: (g) => g.CreateTime, cell: (g) => formatDateTime(g.CreateTime) },
      ]}
      actions={
        canWrite
          ? (g) => (
              <>
                <Button size="sm" variant="ghost" onClick={() => onAction("rename", g)} data-testid="placement-group-rename">
                  {t("placementGroups.rename")}
                </Button>
                <Button size="sm" variant="ghost" className="text-red-700 dark:text-red-300" onClick={() => onAction("delete", g)} data-testid="placement-group-delete">
                  {t("common.delete")}
                </Button>
              </>
            )
          : undefined
      }
    />
  );
}
