import { getI18n } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { SignOutButton } from "./sign-out-button";

/** Signed in but not allowed into the console at all: say so, and offer the way out. */
export async function ForbiddenPanel() {
  const { t } = await getI18n();
  return (
    <main className="flex min-h-screen items-start justify-center px-4 pt-[15vh]">
      <Card className="w-full max-w-md">
        <EmptyState
          data-testid="forbidden"
          icon={<Icon name="lock" className="size-5" />}
          title={t("forbidden.title")}
          description={t("forbidden.description")}
          action={<SignOutButton />}
        />
      </Card>
    </main>
  );
}
