"use client";

import { useT } from "@/lib/i18n/provider";
import type { ZoneView } from "@/lib/queries/region-keys";
import { QUOTA_KINDS, type QuotaOverview, type ZoneQuota } from "@/lib/quotas/types";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Td, Tr } from "@/components/ui/table";
import { UsageBar } from "@/components/resources/usage-bar";

/** One row per zone: pay-as-you-go instances, prepaid bought this month, spot vCPUs; the region's totals last. */
export function QuotaTable({ quota, zones }: { quota: QuotaOverview; zones: ZoneView[] | undefined }) {
  const t = useT();
  const zone = (z: string) => zones?.find((v) => v.Zone === z);
  // A usage column sorts by share used, the figure that tells which zone is about to run out.
  const kindColumns = QUOTA_KINDS.map(
    (k): Column<ZoneQuota> => ({
      id: k,
      header: t(`quotas.kind.${k}`),
      className: "w-1/4",
      sortValue: (z) => z[k].share,
      cell: (z) => <UsageBar usage={z[k]} label={`${z.Zone} ${t(`quotas.kind.${k}`)}`} testId={`quota-${k}`} />,
    }),
  );
  return (
    <DataTable
      testId="quota-table"
      rows={quota.zones}
      rowKey={(z) => z.Zone}
      rowProps={(z) => ({ "data-testid": "quota-zone-row", "data-zone": z.Zone })}
      columns={[
        {
          id: "zone",
          header: t("resources.col.zone"),
          sortValue: (z) => z.Zone,
          cell: (z) => (
            <>
              <div className="flex items-center gap-1.5 font-medium whitespace-nowrap">
                {zone(z.Zone)?.ZoneName ?? z.Zone}
                {zone(z.Zone) && zone(z.Zone)!.ZoneState !== "AVAILABLE" && <Badge>{t("quotas.notForSale")}</Badge>}
              </div>
              <div className="font-mono text-xs text-muted">{z.Zone}</div>
            </>
          ),
        },
        ...kindColumns,
        // OnceQuota 0 is shown as a dash, so it sorts with the blanks.
        { id: "once", header: t("quotas.col.once"), align: "right", className: "tabular-nums text-muted", sortValue: (z) => z.prePaid.once || null, cell: (z) => z.prePaid.once || null },
      ]}
      footer={
        <Tr className="bg-subtle/60 font-medium" data-testid="quota-total-row">
          <Td>{t("quotas.regionTotal")}</Td>
          {QUOTA_KINDS.map((k) => (
            <Td key={k}>
              <UsageBar usage={quota.totals[k]} label={`${t("quotas.regionTotal")} ${t(`quotas.kind.${k}`)}`} testId={`quota-total-${k}`} />
            </Td>
          ))}
          <Td />
        </Tr>
      }
    />
  );
}
