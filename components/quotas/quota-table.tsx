"use client";

import { useT } from "@/lib/i18n/provider";
import type { ZoneView } from "@/lib/queries/region-keys";
import { QUOTA_KINDS, type QuotaOverview } from "@/lib/quotas/types";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { UsageBar } from "@/components/resources/usage-bar";

/** One row per zone: pay-as-you-go instances, prepaid bought this month, spot vCPUs; the region's totals last. */
export function QuotaTable({ quota, zones }: { quota: QuotaOverview; zones: ZoneView[] | undefined }) {
  const t = useT();
  const zone = (z: string) => zones?.find((v) => v.Zone === z);
  return (
    <Table data-testid="quota-table">
      <THead>
        <tr>
          <Th>{t("resources.col.zone")}</Th>
          {QUOTA_KINDS.map((k) => (
            <Th key={k}>{t(`quotas.kind.${k}`)}</Th>
          ))}
          <Th className="text-right">{t("quotas.col.once")}</Th>
        </tr>
      </THead>
      <TBody>
        {quota.zones.map((z) => (
          <Tr key={z.Zone} data-testid="quota-zone-row" data-zone={z.Zone}>
            <Td>
              <div className="flex items-center gap-1.5 font-medium whitespace-nowrap">
                {zone(z.Zone)?.ZoneName ?? z.Zone}
                {zone(z.Zone) && zone(z.Zone)!.ZoneState !== "AVAILABLE" && <Badge>{t("quotas.notForSale")}</Badge>}
              </div>
              <div className="font-mono text-xs text-muted">{z.Zone}</div>
            </Td>
            {QUOTA_KINDS.map((k) => (
              <Td key={k} className="w-1/4">
                <UsageBar usage={z[k]} label={`${z.Zone} ${t(`quotas.kind.${k}`)}`} testId={`quota-${k}`} />
              </Td>
            ))}
            <Td className="text-right tabular-nums text-muted">{z.prePaid.once || "—"}</Td>
          </Tr>
        ))}
        <Tr className="bg-subtle/60 font-medium" data-testid="quota-total-row">
          <Td>{t("quotas.regionTotal")}</Td>
          {QUOTA_KINDS.map((k) => (
            <Td key={k}>
              <UsageBar usage={quota.totals[k]} label={`${t("quotas.regionTotal")} ${t(`quotas.kind.${k}`)}`} testId={`quota-total-${k}`} />
            </Td>
          ))}
          <Td />
        </Tr>
      </TBody>
    </Table>
  );
}
