"use client";

import { useT } from "@/lib/i18n/provider";
import type { ZoneView } from "@/lib/queries/region-keys";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { ZoneStateBadge } from "./zone-state-badge";

export function ZonesTable({ zones }: { zones: ZoneView[] }) {
  const t = useT();
  return (
    <Table data-testid="zones-table">
      <THead>
        <tr>
          <Th>{t("zones.col.zone")}</Th>
          <Th>{t("zones.col.name")}</Th>
          <Th>{t("zones.col.zoneId")}</Th>
          <Th>{t("zones.col.state")}</Th>
        </tr>
      </THead>
      <TBody>
        {zones.map((zone) => (
          <Tr key={zone.Zone} data-zone={zone.Zone}>
            <Td className="font-mono text-xs">{zone.Zone}</Td>
            <Td>{zone.ZoneName}</Td>
            <Td className="font-mono text-xs text-muted">{zone.ZoneId}</Td>
            <Td>
              <ZoneStateBadge state={zone.ZoneState} />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
