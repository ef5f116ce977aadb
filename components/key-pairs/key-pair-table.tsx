"use client";

import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import type { KeyPairRow } from "@/lib/key-pairs/types";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
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
    <DataTable
      testId="key-pairs-table"
      rows={rows}
      rowKey={(k) => k.KeyId}
      rowProps={(k) => ({ "data-testid": "key-pair-row", "data-id": k.KeyId, "data-name": k.KeyName })}
      columns={[
        {
          id: "name",
          header: t("keyPairs.col.name"),
          sortValue: (k) => k.KeyName,
          cell: (k) => (
            <>
              <div className="font-medium">{k.KeyName}</div>
              {k.Description && <div className="max-w-xs truncate text-xs text-muted">{k.Description}</div>}
            </>
          ),
        },
        { id: "id", header: t("keyPairs.col.id"), sortValue: (k) => k.KeyId, cell: (k) => <IdText id={k.KeyId} /> },
        {
          id: "instances",
          header: t("keyPairs.col.instances"),
          sortValue: (k) => k.AssociatedInstanceIds.length,
          cellProps: (k) => ({ "data-testid": "key-pair-instances", "data-count": k.AssociatedInstanceIds.length }),
          cell: (k) => <InstanceLinks ids={k.AssociatedInstanceIds} region={region} more={(n) => t("resources.more", { count: n })} />,
        },
        {
          id: "publicKey",
          header: t("keyPairs.col.publicKey"),
          className: "max-w-48 truncate font-mono text-xs text-muted",
          cellProps: (k) => ({ title: k.PublicKey }),
          cell: (k) => keySummary(k.PublicKey),
        },
        { id: "created", header: t("keyPairs.col.created"), className: "text-xs whitespace-nowrap text-muted", sortValue: (k) => k.CreatedTime, cell: (k) => formatDateTime(k.CreatedTime) },
      ]}
      actions={
        canWrite
          ? (k) => (
              <>
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
              </>
            )
          : undefined
      }
    />
  );
}
