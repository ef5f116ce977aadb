"use client";

import { useT } from "@/lib/i18n/provider";
import { REGION_COOKIE } from "@/lib/cookies";
import { useRegionsQuery } from "@/lib/queries/regions";
import type { Locale } from "@/lib/i18n/config";
import { Select } from "@/components/ui/select";
import { useCookieSwitch } from "./use-cookie-switch";

/** Regions from DescribeRegions (hydrated by the layout), named in the UI language. */
export function RegionSwitcher({ accountId, region, language }: { accountId: string; region: string; language: Locale }) {
  const t = useT();
  const { data: regions } = useRegionsQuery(accountId, language);
  const { pending, switchTo, shown } = useCookieSwitch(REGION_COOKIE);
  // If the list failed to load, still show where we are.
  const options = regions?.length ? regions : [{ Region: region, RegionName: region, RegionState: "AVAILABLE" }];
  return (
    <label className="flex items-center gap-1.5">
      <span className="sr-only">{t("header.region")}</span>
      <Select
        data-testid="region-switcher"
        aria-label={t("header.region")}
        value={shown(region)}
        disabled={pending}
        aria-busy={pending}
        onChange={(event) => switchTo(event.target.value)}
        size="sm"
        // Wide enough for every region name and id but one very long one (Hong Kong, Macau and Taiwan): at w-72
        // "South China (Guangzhou) · ap-guangzhou" lost its id.
        wrapperClassName="w-[23rem]"
      >
        {options.map((r) => (
          <option key={r.Region} value={r.Region} disabled={r.RegionState !== "AVAILABLE" && r.Region !== region}>
            {r.RegionName === r.Region ? r.Region : `${r.RegionName} · ${r.Region}`}
          </option>
        ))}
      </Select>
    </label>
  );
}
