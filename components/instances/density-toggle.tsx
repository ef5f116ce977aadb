"use client";

import { useT } from "@/lib/i18n/provider";
import { DENSITIES, type Density } from "@/lib/instances/density";
import { cn } from "@/lib/cn";

/** Compact (36 px rows, the default for scanning a fleet) or comfortable (48 px). */
export function DensityToggle({ density, onChange }: { density: Density; onChange: (d: Density) => void }) {
  const t = useT();
  return (
    <div role="radiogroup" aria-label={t("instances.density.label")} className="inline-flex h-8 rounded-md border border-line-strong p-0.5">
      {DENSITIES.map((d) => (
        <button
          key={d}
          type="button"
          role="radio"
          aria-checked={density === d}
          data-testid={`density-${d}`}
          title={t(`instances.density.${d}`)}
          onClick={() => onChange(d)}
          className={cn("flex w-7 items-center justify-center rounded text-muted hover:text-fg", density === d && "bg-subtle text-fg")}
        >
          <svg aria-hidden viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.5">
            {d === "compact" ? <path d="M2.5 3.5h11M2.5 6.5h11M2.5 9.5h11M2.5 12.5h11" /> : <path d="M2.5 4h11M2.5 8h11M2.5 12h11" />}
          </svg>
          <span className="sr-only">{t(`instances.density.${d}`)}</span>
        </button>
      ))}
    </div>
  );
}
