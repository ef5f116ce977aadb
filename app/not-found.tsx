import { getI18n } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { NavLink } from "@/components/ui/nav-link";
import { Icon } from "@/components/ui/icons";

// Rendered into every page's RSC payload (the root not-found boundary): next/link here would add its chunk to the
// first-load JS of every page, NavLink is already loaded with the shell (issue 5).
export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <main className="flex min-h-screen items-start justify-center px-4 pt-[15vh]">
      <Card className="w-full max-w-md">
        <EmptyState
          data-testid="not-found"
          icon={<Icon name="compass" className="size-5" />}
          title={t("notFound.title")}
          description={t("notFound.description")}
          action={
            <NavLink href="/" className={buttonClass("primary")}>
              {t("notFound.home")}
            </NavLink>
          }
        />
      </Card>
    </main>
  );
}
