"use client";

import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import type { HpcClusterRow } from "@/lib/hpc/types";
import { usage } from "@/lib/quotas/usage";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { IdText, InstanceLinks } from "@/components/resources/id-cell";
import { UsageBar } from "@/components/resources/usage-bar";

export function HpcClusterTable({ rows, region, canWrite, onAction }: { rows: HpcClusterRow[]; region: string; canWrite: boolean; onAction: (kind: "edit" | "delete", c: HpcClusterRow) => void }) {
  const t = useT();
  return (
    <Table data-testid="hpc-clusters-table">
      <THead>
        <tr>
          <Th>{t("hpc.col.name")}</Th>
          <Th>{t("resources.col.zone")}</Th>
          <Th>{t("hpc.col.type")}</Th>
          <Th>{t("hpc.col.members")}</Th>
          <Th>{t("hpc.col.instances")}</Th>
          <Th>{t("hpc.col.remark")}</Th>
          <Th>{t("resources.col.created")}</Th>
          {canWrite && <Th className="text-right">{t("common.actions")}</Th>}
        </tr>
      </THead>
      <TBody>
        {rows.map((c) => (
          <Tr key={c.HpcClusterId} data-testid="hpc-cluster-row" data-id={c.HpcClusterId} data-name={c.Name}>
            <Td>
              <div className="font-medium">{c.Name}</div>
              <IdText id={c.HpcClusterId} />
            </Td>
            <Td className="font-mono text-xs">{c.Zone}</Td>
            <Td>
              <Badge>{c.HpcClusterType}</Badge>
            </Td>
            <Td>
              <UsageBar usage={usage(c.CurrentNum, c.CvmQuotaTotal)} label={t("hpc.col.members")} />
            </Td>
            <Td>
              <InstanceLinks ids={c.InstanceIds} region={region} more={(n) => t("resources.more", { count: n })} />
            </Td>
            <Td className="max-w-56 truncate text-xs text-muted" title={c.Remark}>
              {c.Remark || "—"}
            </Td>
            <Td className="text-xs whitespace-nowrap text-muted">{formatDateTime(c.CreateTime)}</Td>
            {canWrite && (
              <Td className="text-right whitespace-nowrap">
                <Button size="sm" variant="ghost" onClick={() => onAction("edit", c)} data-testid="hpc-cluster-edit">
                  {t("common.edit")}
                </Button>
                <Button size="sm" variant="ghost" className="text-red-700 dark:text-red-300" onClick={() => onAction("delete", c)} data-testid="hpc-cluster-delete">
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
