"use client";

import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import type { KeyPairRow } from "@/lib/key-pairs/types";
import { Button } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { IdText, InstanceLinks } from "@/components/resources/id-cell";

export type KeyPairAction = "edit" | "delete" | "bind" | "unbind";

/** "ssh-rsa AAAA… comment" → "ssh-rsa · comment": enough to tell keys apart without a wall of base64. */
function keySummary(publicKey: string): string {
  const [type, , ...comment] = publicKey.split(/\s+/);
  return [type, comment.join(" ")].filter(Boolean).join(" · ");
}

export function KeyPairTable({ rows, region, canWrite, onAction }: { rows: KeyPairRow[]; region: string; canWrite: boolean; onAction: (kind: KeyPairAction, key: KeyPairRow) => void }) {
  const t = useT();
  return (
    <Table data-testid="key-pairs-table">
      <THead>
        <tr>
          <Th>{t("keyPairs.col.name")}</Th>
          <Th>{t("keyPairs.col.id")}</Th>
          <Th>{t("keyPairs.col.instances")}</Th>
          <Th>{t("keyPairs.col.publicKey")}</Th>
          <Th>{t("keyPairs.col.created")}</Th>
          {canWrite && <Th className="text-right">{t("common.actions")}</Th>}
        </tr>
      </THead>
      <TBody>
        {rows.map((k) => (
          <Tr key={k.KeyId} data-testid="key-pair-row" data-id={k.KeyId} data-name={k.KeyName}>
            <Td>
              <div className="font-medium">{k.KeyName}</div>
              {k.Description && <div className="max-w-xs truncate text-xs text-muted">{k.Description}</div>}
            </Td>
            <Td>
              <IdText id={k.KeyId} />
            </Td>
            <Td data-testid="key-pair-instances" data-count={k.AssociatedInstanceIds.length}>
              <InstanceLinks ids={k.AssociatedInstanceIds} region={region} more={(n) => t("resources.more", { count: n })} />
            </Td>
            <Td className="max-w-48 truncate font-mono text-xs text-muted" title={k.PublicKey}>
              {keySummary(k.PublicKey)}
            </Td>
            <Td className="text-xs whitespace-nowrap text-muted">{formatDateTime(k.CreatedTime)}</Td>
            {canWrite && (
              <Td className="text-right whitespace-nowrap">
                <Button size="sm" variant="ghost" onClick={() => onAction("bind", k)} data-testid="key-pair-bind">
                  {t("keyPairs.bind")}
                </Button>
                <Button size="sm" variant="ghost" onClick={() => onAction("unbind", k)} disabled={k.AssociatedInstanceIds.length === 0} data-testid="key-pair-unbind">
                  {t("keyPairs.unbind")}
                </Button>
                <Button size="sm" variant="ghost" onClick={() => onAction("edit", k)} data-testid="key-pair-edit">
                  {t("common.edit")}
                </Button>
                <Button size="sm" variant="ghost" className="text-red-700 dark:text-red-300" onClick={() => onAction("delete", k)} data-testid="key-pair-delete">
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
