import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { PreferencesForm } from "@/components/settings/preferences-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("settings.tab.preferences") };
}

/** Everyone's tab: language and theme, stored in cookies on this browser. */
export default function PreferencesPage() {
  return <PreferencesForm />;
}
