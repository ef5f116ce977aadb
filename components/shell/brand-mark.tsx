import { getI18n } from "@/lib/i18n/server";
import { Icon } from "@/components/ui/icons";

/** The product mark: an accent tile with a cloud, and the name. Server component (reads the locale itself). */
export async function BrandMark() {
  const { t } = await getI18n();
  return (
    <span className="flex items-center gap-2 text-sm font-semibold">
      <span aria-hidden className="flex size-6 items-center justify-center rounded-md bg-accent text-accent-fg">
        <Icon name="cloud" className="size-4" />
      </span>
      {t("app.name")}
    </span>
  );
}
