import type { Metadata } from "next";
import { NAV_ITEMS, type NavIcon } from "@/lib/nav";
import { getI18n } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "./page-header";

type PlaceholderKey = Exclude<NavIcon, "overview" | "settings">;

export async function placeholderMetadata(key: PlaceholderKey): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t(NAV_ITEMS.find((i) => i.key === key)!.label) };
}

/** A section whose page is still being built: its real header, and a designed panel saying so. */
export async function PlaceholderPage({ navKey }: { navKey: PlaceholderKey }) {
  const { t } = await getI18n();
  const item = NAV_ITEMS.find((i) => i.key === navKey)!;
  return (
    <>
      <PageHeader title={t(item.label)} description={t(`page.${navKey}.description`)} />
      <Card>
        <EmptyState
          data-testid="coming-soon"
          icon={<Icon name={item.icon} className="size-5" />}
          title={t("comingSoon.title")}
          description={t("comingSoon.description")}
        />
      </Card>
    </>
  );
}
