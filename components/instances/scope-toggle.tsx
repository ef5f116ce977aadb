"use client";

import { useT } from "@/lib/i18n/provider";
import type { Scope } from "@/lib/instances/list-params";
import { cn } from "@/lib/cn";

/** This region (the header's) or every region of the account in one table. */
export function ScopeToggle({ scope, regionName, onChange }: { scope: Scope; regionName: string; onChange: (s: Scope) => void }) {
  const t = useT();
  const options: Array<{ value: Scope; label: string }> = [
    { value: "region", label: regionName },
    { value: "all", label: t("instances.scope.all") },
  ];
  return (
    <div role="radiogroup" aria-label={t("instances.scope.label")} className="inline-flex h-8 shrink-0 rounded-md border border-line-strong p-0.5 text-[13px]">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={scope === o.value}
          data-testid={`scope-${o.value}`}
          onClick={() => onChange(o.value)}
          className={cn("max-w-60 truncate rounded px-2.5 font-medium text-muted hover:text-fg", scope === o.value && "bg-accent-soft text-accent hover:text-accent")}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
