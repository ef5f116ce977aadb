import { getI18n } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";

/** What a viewer or operator sees on an admin tab's URL: an explanation, and no admin data. */
export async function AdminOnlyPanel() {
  const { t } = await getI18n();
  return (
    <Card>
      <EmptyState
        data-testid="admin-only"
        icon={<Icon name="lock" className="size-5" />}
        title={t("settings.adminOnly.title")}
        description={t("settings.adminOnly.description")}
      />
    </Card>
  );
}
