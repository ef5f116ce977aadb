"use client";

import { useT } from "@/lib/i18n/provider";
import { useZonesQuery } from "@/lib/queries/regions";
import type { Locale } from "@/lib/i18n/config";
import { cn } from "@/lib/cn";

/** The chosen region's zones as compact chips with a state dot; hydrated by the layout, refetched on switch. */
export function ZoneList({ accountId, region, language }: { accountId: string; region: string; language: Locale }) {
  const t = useT();
  const { data: zones, isPending, isError } = useZonesQuery(accountId, region, language);
  return (
    <div className="flex min-w-0 items-center gap-2 text-xs">
      <span className="shrink-0 text-muted">{t("header.zones")}</span>
      {isPending && <span className="text-muted">{t("common.loading")}</span>}
      {isError && <span className="text-red-600 dark:text-red-400">{t("zones.loadFailed")}</span>}
      <ul data-testid="zone-list" aria-label={t("header.zones")} className="flex min-w-0 flex-wrap items-center gap-1">
        {zones?.map((zone) => {
          const available = zone.ZoneState === "AVAILABLE";
          return (
            <li
              key={zone.Zone}
              data-zone={zone.Zone}
              title={`${zone.ZoneName} · ${available ? t("zones.state.AVAILABLE") : t("zones.state.UNAVAILABLE")}`}
              className="flex h-5 items-center gap-1 rounded border border-line bg-surface px-1.5 font-mono text-[11px]"
            >
              <span aria-hidden className={cn("size-1.5 rounded-full", available ? "bg-emerald-500" : "bg-red-500")} />
              {zone.Zone}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
