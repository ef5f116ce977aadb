import type { Metadata } from "next";
import { listAuditAsAdmin } from "@/server/queries/audit";
import { forbiddenAsNull } from "@/server/queries/admin-guard";
import { getI18n } from "@/lib/i18n/server";
import { AdminOnlyPanel } from "@/components/settings/admin-only-panel";
import { AuditTable } from "@/components/settings/audit/audit-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("settings.tab.audit") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { before } = await searchParams;
  const page = await listAuditAsAdmin(typeof before === "string" && before ? before : undefined).catch(forbiddenAsNull);
  if (!page) return <AdminOnlyPanel />;
  return <AuditTable entries={page.entries} nextBefore={page.nextBefore} isFirstPage={!before} />;
}
