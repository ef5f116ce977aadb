import { cn } from "@/lib/cn";
import type { Usage } from "@/lib/quotas/usage";

const FILL = {
  ok: "bg-accent",
  hot: "bg-amber-500",
  full: "bg-red-500",
} as const;

/**
 * Used of total as a thin bar with the figures beside it: amber over 80 %, red when exhausted. The numbers are the
 * point; the bar is for scanning a column of them. `data-level` lets tests and screen readers see the warning.
 */
export function UsageBar({ usage, label, className, testId }: { usage: Usage; label?: string; className?: string; testId?: string }) {
  const pct = Math.round(usage.share * 100);
  return (
    <div className={cn("flex min-w-36 items-center gap-2", className)} data-testid={testId} data-level={usage.level} data-used={usage.used} data-total={usage.total}>
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={usage.total}
        aria-valuenow={usage.used}
        className="h-1.5 min-w-16 flex-1 overflow-hidden rounded-full bg-subtle ring-1 ring-line ring-inset"
      >
        <div className={cn("h-full rounded-full", FILL[usage.level])} style={{ width: `${Math.max(usage.used > 0 ? 2 : 0, pct)}%` }} />
      </div>
      <span className={cn("shrink-0 text-xs tabular-nums", usage.level === "ok" ? "text-muted" : usage.level === "hot" ? "font-medium text-amber-700 dark:text-amber-300" : "font-medium text-red-700 dark:text-red-300")}>
        <span className="text-fg">{usage.used.toLocaleString()}</span> / {usage.total.toLocaleString()}
        <span className="ml-1.5 inline-block w-9 text-right">{pct}%</span>
      </span>
    </div>
  );
}
