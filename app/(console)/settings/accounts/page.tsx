import type { Metadata } from "next";
import { listCloudAccountsAsAdmin } from "@/server/queries/cloud-accounts";
import { forbiddenAsNull } from "@/server/queries/admin-guard";
import { getI18n } from "@/lib/i18n/server";
import { AdminOnlyPanel } from "@/components/settings/admin-only-panel";
import { AccountsPanel } from "@/components/settings/accounts/accounts-panel";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("settings.tab.accounts") };
}

export default async function CloudAccountsPage() {
  const accounts = await listCloudAccountsAsAdmin().catch(forbiddenAsNull);
  if (!accounts) return <AdminOnlyPanel />;
  return <AccountsPanel accounts={accounts} />;
}
