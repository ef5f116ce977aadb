"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { REPAIR_PRODUCTS, statusLabel, TASK_STATUSES, TASK_TYPES, typeLabel } from "@/lib/maintenance/codes";
import { TASK_WINDOWS, type TaskFilters } from "@/lib/maintenance/schemas";
import { cn } from "@/lib/cn";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

/** Status chips (several at once), type, product, window and a search; every change goes to the URL. */
export function TaskFilterBar({ filters, onChange }: { filters: TaskFilters; onChange: (f: TaskFilters) => void }) {
  const t = useT();
  const [q, setQ] = useState(filters.q);
  const toggle = (s: number) => onChange({ ...filters, status: filters.status.includes(s) ? filters.status.filter((x) => x !== s) : [...filters.status, s].sort() });
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-line px-4 py-2.5" data-testid="maintenance-filters">
      <div className="flex flex-wrap gap-1" role="group" aria-label={t("maintenance.filter.status")}>
        {TASK_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={filters.status.includes(s)}
            onClick={() => toggle(s)}
            data-testid={`maintenance-status-${s}`}
            className={cn(
              "h-7 rounded-full border px-2.5 text-xs font-medium transition-colors",
              filters.status.includes(s) ? "border-accent bg-accent-soft text-accent" : "border-line-strong text-muted hover:text-fg",
            )}
          >
            {t(statusLabel(s))}
          </button>
        ))}
      </div>
      <Select size="sm" wrapperClassName="w-44" aria-label={t("maintenance.filter.type")} value={filters.types[0] ?? ""} onChange={(e) => onChange({ ...filters, types: e.target.value ? [Number(e.target.value)] : [] })}>
        <option value="">{t("maintenance.filter.allTypes")}</option>
        {TASK_TYPES.map((ty) => (
          <option key={ty} value={ty}>
            {t(typeLabel(ty))}
          </option>
        ))}
      </Select>
      <Select size="sm" wrapperClassName="w-32" aria-label={t("maintenance.filter.product")} value={filters.product} onChange={(e) => onChange({ ...filters, product: e.target.value })}>
        <option value="">{t("maintenance.filter.allProducts")}</option>
        {REPAIR_PRODUCTS.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </Select>
      <Select size="sm" wrapperClassName="w-36" aria-label={t("maintenance.filter.window")} value={filters.days} onChange={(e) => onChange({ ...filters, days: Number(e.target.value) })} data-testid="maintenance-window">
        {TASK_WINDOWS.map((d) => (
          <option key={d} value={d}>
            {t("maintenance.filter.days", { days: d })}
          </option>
        ))}
      </Select>
      <form
        className="ml-auto w-60"
        onSubmit={(e) => {
          e.preventDefault();
          onChange({ ...filters, q: q.trim() });
        }}
      >
        <Input value={q} onChange={(e) => setQ(e.target.value)} onBlur={() => q.trim() !== filters.q && onChange({ ...filters, q: q.trim() })} placeholder={t("maintenance.filter.search")} aria-label={t("maintenance.filter.search")} className="h-7 text-[13px]" data-testid="maintenance-search" />
      </form>
    </div>
  );
}
