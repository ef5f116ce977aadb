import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/shell/page-header";

/** No such instance in this region: it may live in another one, or it was terminated and released. */
export async function InstanceNotFound({ id, region, malformed }: { id: string; region: string; malformed?: boolean }) {
  const { t } = await getI18n();
  return (
    <>
      <PageHeader title={t("instances.detail.notFoundTitle")} />
      <Card>
        <EmptyState
          data-testid="instance-not-found"
          icon={<Icon name="compass" className="size-5" />}
          title={malformed ? t("instances.detail.badId") : t("instances.detail.notFound", { id, region })}
          description={malformed ? undefined : t("instances.detail.notFoundHint")}
          action={
            <div className="flex gap-2">
              <Link href="/instances" className={buttonClass("secondary")}>
                {t("instances.detail.back")}
              </Link>
              {!malformed && (
                <Link href={`/instances?scope=all&q=${encodeURIComponent(id)}`} className={buttonClass("primary")} data-testid="search-all-regions">
                  {t("instances.detail.searchAll")}
                </Link>
              )}
            </div>
          }
        />
      </Card>
    </>
  );
}
