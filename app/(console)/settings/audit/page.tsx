import type { Metadata } from "next";
import { listAuditAsAdmin } from "@/server/queries/audit";
import { forbiddenAsNull } from "@/server/queries/admin-guard";
import { getI18n } from "@/lib/i18n/server";
import { parseAuditFilters, type FilterField } from "@/lib/audit/filters";
import { AdminOnlyPanel } from "@/components/settings/admin-only-panel";
import { AuditLog } from "@/components/settings/audit/audit-log";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("settings.tab.audit") };
}

/** Filters come from the URL; one that is not understood is left out and explained next to its field. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = parseAuditFilters(await searchParams);
  const page = await listAuditAsAdmin(parsed.filter, parsed.before).catch(forbiddenAsNull); // requireRole("admin") inside
  if (!page) return <AdminOnlyPanel />;
  const { t } = await getI18n();
  const errors = Object.fromEntries(Object.entries(parsed.errors).map(([field, e]) => [field, t(e.key, e.vars)])) as Partial<Record<FilterField, string>>;
  return (
    <AuditLog
      entries={page.entries}
      nextBefore={page.nextBefore}
      isFirstPage={!parsed.before}
      params={parsed.params}
      raw={parsed.raw}
      errors={errors}
      options={page.options}
      t={t}
    />
  );
}
