import type { Metadata } from "next";
import { getConsoleContextOrRedirect } from "@/server/context";
import { listUsersAsAdmin } from "@/server/queries/users";
import { forbiddenAsNull } from "@/server/queries/admin-guard";
import { getI18n } from "@/lib/i18n/server";
import { AdminOnlyPanel } from "@/components/settings/admin-only-panel";
import { UsersPanel } from "@/components/settings/users/users-panel";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("settings.tab.users") };
}

export default async function UsersPage() {
  const { user } = await getConsoleContextOrRedirect();
  const users = await listUsersAsAdmin().catch(forbiddenAsNull);
  if (!users) return <AdminOnlyPanel />;
  return <UsersPanel users={users} currentUserId={user.id} />;
}
