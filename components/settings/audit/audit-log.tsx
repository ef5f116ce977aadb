import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import { auditQuery, type AuditFilterOptions, type AuditFilterParams, type FilterField } from "@/lib/audit/filters";
import type { AuditEntryView } from "@/server/queries/audit";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { AuditFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";

export interface AuditLogProps {
  entries: AuditEntryView[];
  nextBefore: string | null;
  isFirstPage: boolean;
  /** The filters in effect (carried into the paging and export links). */
  params: AuditFilterParams;
  raw: Record<FilterField, string>;
  errors: Partial<Record<FilterField, string>>;
  options: AuditFilterOptions;
  t: Translate;
}

/** Settings → Audit log: filters, one page (50, newest first), paging by the last id shown, and the CSV export. */
export function AuditLog({ entries, nextBefore, isFirstPage, params, raw, errors, options, t }: AuditLogProps) {
  const filtered = Object.keys(params).length > 0;
  return (
    <Card>
      <CardHeader
        title={t("audit.title")}
        description={t("audit.description")}
        actions={
          // A plain link: the browser saves the streamed file; the route checks the admin role itself.
          <a href={`/api/audit/export${auditQuery(params)}`} download className={buttonClass("secondary", "sm")} title={t("audit.exportHint")} data-testid="audit-export">
            {t("audit.export")}
          </a>
        }
      />
      <AuditFilters raw={raw} errors={errors} options={options} />
      {entries.length === 0 ? (
        <EmptyState
          data-testid="audit-empty"
          icon={<Icon name="overview" className="size-5" />}
          title={filtered ? t("audit.emptyFiltered") : t("audit.empty")}
          description={filtered ? t("audit.emptyFilteredHint") : undefined}
        />
      ) : (
        <AuditTable entries={entries} params={params} t={t} />
      )}
      {(!isFirstPage || nextBefore) && (
        <div className="flex justify-end gap-2 border-t border-line px-4 py-2.5">
          {!isFirstPage && (
            <Link href={`/settings/audit${auditQuery(params)}`} className={buttonClass("secondary", "sm")} data-testid="audit-newest">
              {t("audit.newest")}
            </Link>
          )}
          {nextBefore && (
            <Link href={`/settings/audit${auditQuery(params, nextBefore)}`} className={buttonClass("secondary", "sm")} data-testid="audit-older">
              {t("audit.older")}
            </Link>
          )}
        </div>
      )}
    </Card>
  );
}
