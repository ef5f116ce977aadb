import type { ReactNode } from "react";
import { getConsoleContextOrRedirect } from "@/server/context";
import { getI18n } from "@/lib/i18n/server";
import { hasRole } from "@/lib/roles";
import { Tabs, type TabLink } from "@/components/ui/tabs";
import { PageHeader } from "@/components/shell/page-header";

/** Settings tabs. Admin tabs are not even linked for others; their pages check again on their own. */
export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const { user } = await getConsoleContextOrRedirect();
  const { t } = await getI18n();
  const isAdmin = hasRole(user.role, "admin");
  const isOperator = hasRole(user.role, "operator");
  const tabs: TabLink[] = [
    ...(isAdmin
      ? [
          { href: "/settings/users", label: t("settings.tab.users"), testId: "settings-tab-users" },
          { href: "/settings/accounts", label: t("settings.tab.accounts"), testId: "settings-tab-accounts" },
          { href: "/settings/audit", label: t("settings.tab.audit"), testId: "settings-tab-audit" },
        ]
      : []),
    ...(isOperator ? [{ href: "/settings/shared-views", label: t("settings.tab.sharedViews"), testId: "settings-tab-shared-views" }] : []),
    { href: "/settings/preferences", label: t("settings.tab.preferences"), testId: "settings-tab-preferences" },
  ];
  return (
    <>
      <PageHeader title={t("nav.settings")} description={t("settings.description")} />
      <Tabs tabs={tabs} label={t("settings.tabsLabel")} />
      <div className="pt-4">{children}</div>
    </>
  );
}
