import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/format";
import type { AuditEntryView } from "@/server/queries/audit";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

const RESULTS = {
  ok: { key: "audit.result.ok", tone: "success" },
  error: { key: "audit.result.error", tone: "danger" },
  denied: { key: "audit.result.denied", tone: "warning" },
} as const;

function isKnownResult(value: string): value is keyof typeof RESULTS {
  return Object.prototype.hasOwnProperty.call(RESULTS, value);
}

/** Newest first, 50 a page; "Older" pages by the last id shown (stable while new entries arrive). */
export async function AuditTable({ entries, nextBefore, isFirstPage }: { entries: AuditEntryView[]; nextBefore: string | null; isFirstPage: boolean }) {
  const { t } = await getI18n();
  return (
    <Card>
      <CardHeader
        title={t("audit.title")}
        description={t("audit.description")}
        actions={
          <>
            {!isFirstPage && (
              <Link href="/settings/audit" className={buttonClass("secondary", "sm")}>
                {t("audit.newest")}
              </Link>
            )}
            {nextBefore && (
              <Link href={`/settings/audit?before=${encodeURIComponent(nextBefore)}`} className={buttonClass("secondary", "sm")} data-testid="audit-older">
                {t("audit.older")}
              </Link>
            )}
          </>
        }
      />
      {entries.length === 0 ? (
        <EmptyState icon={<Icon name="overview" className="size-5" />} title={t("audit.empty")} />
      ) : (
        <Table data-testid="audit-table">
          <THead>
            <tr>
              <Th>{t("audit.col.time")}</Th>
              <Th>{t("audit.col.user")}</Th>
              <Th>{t("audit.col.action")}</Th>
              <Th>{t("audit.col.target")}</Th>
              <Th>{t("audit.col.result")}</Th>
              <Th>{t("audit.col.detail")}</Th>
            </tr>
          </THead>
          <TBody>
            {entries.map((entry) => (
              <Tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
                <Td className="text-xs whitespace-nowrap text-muted">{formatDateTime(entry.at)}</Td>
                <Td className="text-xs">{entry.userEmail ?? <span className="text-muted">{t("audit.system")}</span>}</Td>
                <Td className="font-mono text-xs">{entry.action}</Td>
                <Td className="max-w-48 truncate font-mono text-xs" title={entry.target ?? undefined}>
                  {entry.target}
                </Td>
                <Td>
                  {isKnownResult(entry.result) ? (
                    <Badge tone={RESULTS[entry.result].tone}>{t(RESULTS[entry.result].key)}</Badge>
                  ) : (
                    <Badge>{entry.result}</Badge>
                  )}
                </Td>
                <Td className="max-w-64 truncate font-mono text-[11px] text-muted" title={entry.detail ? JSON.stringify(entry.detail) : undefined}>
                  {entry.detail ? JSON.stringify(entry.detail) : ""}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
