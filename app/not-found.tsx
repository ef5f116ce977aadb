import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";

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
            <Link href="/" className={buttonClass("primary")}>
              {t("notFound.home")}
            </Link>
          }
        />
      </Card>
    </main>
  );
}
