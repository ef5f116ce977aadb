"use client";

import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import type { PlacementGroupRow } from "@/lib/placement-groups/types";
import { usage } from "@/lib/quotas/usage";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { IdText, InstanceLinks } from "@/components/resources/id-cell";
import { UsageBar } from "@/components/resources/usage-bar";
import { typeLabel } from "./type-label";

export function PlacementGroupTable({ rows, region, canWrite, onAction }: { rows: PlacementGroupRow[]; region: string; canWrite: boolean; onAction: (kind: "rename" | "delete", g: PlacementGroupRow) => void }) {
  const t = useT();
  return (
    <Table data-testid="placement-groups-table">
      <THead>
        <tr>
          <Th>{t("placementGroups.col.name")}</Th>
          <Th>{t("placementGroups.col.type")}</Th>
          <Th>{t("placementGroups.col.members")}</Th>
          <Th>{t("placementGroups.col.instances")}</Th>
          <Th>{t("placementGroups.col.affinity")}</Th>
          <Th>{t("resources.col.created")}</Th>
          {canWrite && <Th className="text-right">{t("common.actions")}</Th>}
        </tr>
      </THead>
      <TBody>
        {rows.map((g) => (
          <Tr key={g.DisasterRecoverGroupId} data-testid="placement-group-row" data-id={g.DisasterRecoverGroupId} data-name={g.Name}>
            <Td>
              <div className="font-medium">{g.Name}</div>
              <IdText id={g.DisasterRecoverGroupId} />
            </Td>
            <Td>
              <Badge>{t(`placementGroups.type.${typeLabel(g.Type)}`)}</Badge>
            </Td>
            <Td>
              <UsageBar usage={usage(g.CurrentNum, g.CvmQuotaTotal)} label={t("placementGroups.col.members")} />
            </Td>
            <Td>
              <InstanceLinks ids={g.InstanceIds} region={region} more={(n) => t("resources.more", { count: n })} />
            </Td>
            <Td className="tabular-nums">{g.Affinity}</Td>
            <Td className="text-xs whitespace-nowrap text-muted">{formatDateTime(g.CreateTime)}</Td>
            {canWrite && (
              <Td className="text-right whitespace-nowrap">
                <Button size="sm" variant="ghost" onClick={() => onAction("rename", g)} data-testid="placement-group-rename">
                  {t("placementGroups.rename")}
                </Button>
                <Button size="sm" variant="ghost" className="text-red-700 dark:text-red-300" onClick={() => onAction("delete", g)} data-testid="placement-group-delete">
                  {t("common.delete")}
                </Button>
              </Td>
            )}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
