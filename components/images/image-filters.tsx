"use client";

import { useT } from "@/lib/i18n/provider";
import type { ImageFacets, ImageParams } from "@/lib/images/filters";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

type Filters = Omit<ImageParams, "tab">;

/** Search and the four pickers (platform, OS, architecture, family); choices come from the listed images. */
export function ImageFilters({ value, facets, onChange, shown, total }: { value: Filters; facets: ImageFacets; onChange: (change: Partial<Filters>) => void; shown: number; total: number }) {
  const t = useT();
  const active = value.q || value.platform || value.os || value.arch || value.family;
  const pick = (key: keyof Filters, label: string, options: string[], any: string, width = "w-40") => (
    <Select size="sm" aria-label={label} value={value[key]} onChange={(e) => onChange({ [key]: e.target.value, ...(key === "platform" ? { os: "" } : {}) })} wrapperClassName={width} data-testid={`images-filter-${key}`}>
      <option value="">{any}</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
      {value[key] && !options.includes(value[key]) && <option value={value[key]}>{value[key]}</option>}
    </Select>
  );
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2" role="search">
      <div className="w-64">
        <Input
          type="search"
          placeholder={t("images.filter.search")}
          aria-label={t("images.filter.search")}
          value={value.q}
          onChange={(e) => onChange({ q: e.target.value })}
          className="h-7 text-[13px]"
          data-testid="images-search"
        />
      </div>
      {pick("platform", t("images.filter.platform"), facets.platforms, t("images.filter.anyPlatform"))}
      {pick("os", t("images.filter.os"), facets.oses, t("images.filter.anyOs"), "w-56")}
      {pick("arch", t("images.filter.arch"), facets.arches, t("images.filter.anyArch"), "w-40")}
      {pick("family", t("images.filter.family"), facets.families, t("images.filter.anyFamily"))}
      {active && (
        <Button size="sm" variant="ghost" onClick={() => onChange({ q: "", platform: "", os: "", arch: "", family: "" })} data-testid="images-filter-clear">
          {t("images.filter.clear")}
        </Button>
      )}
      <span className="ml-auto text-xs text-muted tabular-nums" data-testid="images-count">
        {active ? t("images.filter.shown", { shown, total }) : t("images.filter.total", { total })}
      </span>
    </div>
  );
}
