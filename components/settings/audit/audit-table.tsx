import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/format";
import { auditQuery, TARGET_MAX, type AuditFilterParams } from "@/lib/audit/filters";
import type { AuditEntryView } from "@/server/queries/audit";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { AuditDetail } from "./audit-detail";

const RESULTS = {
  ok: { key: "audit.result.ok", tone: "success" },
  error: { key: "audit.result.error", tone: "danger" },
  denied: { key: "audit.result.denied", tone: "warning" },
} as const;

function isKnownResult(value: string): value is keyof typeof RESULTS {
  return Object.prototype.hasOwnProperty.call(RESULTS, value);
}

/** A cell value that narrows the log to it: "what else did this user do", "what else happened to this instance". */
function FilterLink({ params, add, label, t, className }: { params: AuditFilterParams; add: AuditFilterParams; label: string; t: Translate; className?: string }) {
  return (
    <Link href={`/settings/audit${auditQuery({ ...params, ...add })}`} title={t("audit.filterBy", { value: label })} className={`hover:text-accent hover:underline ${className ?? ""}`}>
      {label}
    </Link>
  );
}

/** One page of entries, newest first. Server-rendered; the detail opens without JS. */
export function AuditTable({ entries, params, t }: { entries: AuditEntryView[]; params: AuditFilterParams; t: Translate }) {
  return (
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
          <Tr key={entry.id} data-testid="audit-row" data-action={entry.action} data-target={entry.target ?? ""} data-user={entry.userEmail ?? ""} className="[&:has(details[open])>td]:align-top">
            <Td className="text-xs whitespace-nowrap text-muted">{formatDateTime(entry.at)}</Td>
            <Td className="text-xs">
              {entry.userEmail && entry.userId ? (
                <FilterLink params={params} add={{ user: entry.userId }} label={entry.userEmail} t={t} />
              ) : (
                <span className="text-muted" title={entry.userId ?? undefined}>
                  {entry.userId ? t("audit.deletedUser") : t("audit.system")}
                </span>
              )}
            </Td>
            <Td className="font-mono text-xs whitespace-nowrap">
              <FilterLink params={params} add={{ action: entry.action }} label={entry.action} t={t} />
            </Td>
            <Td className="max-w-48 truncate font-mono text-xs" title={entry.target ?? undefined}>
              {entry.target && entry.target.length <= TARGET_MAX ? <FilterLink params={params} add={{ target: entry.target }} label={entry.target} t={t} /> : entry.target}
            </Td>
            <Td>
              {isKnownResult(entry.result) ? (
                <Badge tone={RESULTS[entry.result].tone}>{t(RESULTS[entry.result].key)}</Badge>
              ) : (
                <Badge>{entry.result}</Badge>
              )}
            </Td>
            {/* Takes the width the other columns leave, so the summary line truncates instead of widening the table. */}
            <Td className="w-full max-w-0">
              <AuditDetail detail={entry.detail} t={t} />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
