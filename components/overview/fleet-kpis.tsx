"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { stateTone } from "@/lib/instances/states";
import { cn } from "@/lib/cn";

export interface Kpi {
  key: string;
  label: string;
  value: number;
  href: string;
  tone?: "neutral" | "warning" | "danger" | "success";
}

const TONE = {
  neutral: "text-fg",
  success: "text-emerald-700 dark:text-emerald-300",
  warning: "text-amber-700 dark:text-amber-300",
  danger: "text-red-700 dark:text-red-300",
} as const;

/** A strip of counts, each a link to where the operator would act on it. */
export function KpiStrip({ items }: { items: Kpi[] }) {
  return (
    <div className="mb-4 grid grid-cols-2 gap-px overflow-hidden rounded-lg border border-line bg-line sm:grid-cols-4 xl:grid-cols-8" data-testid="overview-kpis">
      {items.map((k) => (
        // A label too long for its eighth of the row wraps (it was cut at 1280 px); the figures stay on one baseline.
        <Link key={k.key} href={k.href} className="group flex flex-col justify-between bg-surface px-4 py-3 hover:bg-subtle" data-testid={`kpi-${k.key}`} data-value={k.value}>
          <div className="text-xs text-muted group-hover:text-fg">{k.label}</div>
          <div className={cn("mt-0.5 text-xl font-semibold tabular-nums", TONE[k.value === 0 ? "neutral" : (k.tone ?? "neutral")])}>{k.value.toLocaleString()}</div>
        </Link>
      ))}
    </div>
  );
}

/** Instance counts by state → the strip's fleet part. Transitional states are summed; failures stand alone. */
export function fleetKpis(t: ReturnType<typeof useT>, total: number, byState: Record<string, number>): Kpi[] {
  const sum = (pred: (s: string) => boolean) => Object.entries(byState).reduce((n, [s, c]) => (pred(s) ? n + c : n), 0);
  const list = (q: string) => `/instances?scope=all${q ? `&q=${encodeURIComponent(q)}` : ""}`;
  return [
    { key: "total", label: t("overview.kpi.total"), value: total, href: list("") },
    { key: "running", label: t("instances.state.RUNNING"), value: byState.RUNNING ?? 0, href: list("state:running"), tone: "success" },
    { key: "stopped", label: t("instances.state.STOPPED"), value: byState.STOPPED ?? 0, href: list("state:stopped") },
    { key: "transitional", label: t("overview.kpi.transitional"), value: sum((s) => stateTone(s) === "warning"), href: list(""), tone: "warning" },
    { key: "failed", label: t("instances.state.LAUNCH_FAILED"), value: byState.LAUNCH_FAILED ?? 0, href: list("state:launch_failed"), tone: "danger" },
  ];
}
