import { getI18n } from "@/lib/i18n/server";

/** Always visible while the active account points at the embedded emulator: nothing here is real or billed. */
export async function SimulationBadge() {
  const { t } = await getI18n();
  return (
    <span
      data-testid="simulation-badge"
      title={t("simulation.title")}
      className="inline-flex h-6 items-center gap-1.5 rounded-md bg-amber-100 px-2 text-xs font-semibold text-amber-900 ring-1 ring-amber-500/40 ring-inset dark:bg-amber-400/15 dark:text-amber-300 dark:ring-amber-400/40"
    >
      <span aria-hidden className="size-1.5 rounded-full bg-amber-500" />
      {t("simulation.badge")}
    </span>
  );
}
