import { getI18n } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";

/** A link that is malformed, unknown, revoked or expired: one answer for all, and no way into the console. */
export default async function SharedViewNotFound() {
  const { t } = await getI18n();
  return (
    <main className="flex min-h-screen items-start justify-center px-4 pt-[15vh]">
      <Card className="w-full max-w-md">
        <EmptyState
          data-testid="shared-not-found"
          icon={<Icon name="alert" className="size-5" />}
          title={t("sharedViews.public.invalidTitle")}
          description={t("sharedViews.public.invalidDescription")}
        />
      </Card>
    </main>
  );
}
