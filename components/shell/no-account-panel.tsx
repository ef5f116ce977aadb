import { getI18n } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { buttonClass } from "@/components/ui/button";
import { NavLink } from "@/components/ui/nav-link";

/** No cloud account configured yet: admins get a way forward, everyone else knows whom to ask. */
export async function NoAccountPanel({ isAdmin }: { isAdmin: boolean }) {
  const { t } = await getI18n();
  return (
    <Card>
      <EmptyState
        data-testid="no-account"
        icon={<Icon name="cloud" className="size-5" />}
        title={t("noAccount.title")}
        description={isAdmin ? t("noAccount.adminDescription") : t("noAccount.viewerDescription")}
        action={
          isAdmin && (
            <NavLink href="/settings/accounts" className={buttonClass("primary")} data-testid="no-account-link">
              {t("noAccount.action")}
            </NavLink>
          )
        }
      />
    </Card>
  );
}
