import type { Metadata } from "next";
import { forbiddenAsNull } from "@/server/queries/admin-guard";
import { listSharedViewsAsOperator } from "@/server/queries/shared-views";
import { getI18n } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { SharedViewsTable } from "@/components/settings/shared-views/shared-views-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("settings.tab.sharedViews") };
}

/** Read-only links to the instance list: who made which, what each shows, whether it is used, and revocation. */
export default async function SharedViewsPage() {
  const { t } = await getI18n();
  const result = await listSharedViewsAsOperator().catch(forbiddenAsNull);
  if (!result) {
    return (
      <Card>
        <EmptyState data-testid="operators-only" icon={<Icon name="lock" className="size-5" />} title={t("sharedViews.operatorsOnly.title")} description={t("sharedViews.operatorsOnly.description")} />
      </Card>
    );
  }
  return <SharedViewsTable t={t} views={result.views} actor={result.actor} />;
}
