import { cn } from "@/lib/cn";
import type { Tone } from "@/lib/hosts/capacity";

const FILL: Record<Tone, string> = {
  ok: "bg-accent",
  warn: "bg-amber-500",
  full: "bg-red-500",
};

/**
 * "label  used / total unit" over a thin bar: how much of something is taken. Used for host capacity (CPU, memory,
 * disk) and the image quota. The figures are text, so the bar is decoration for sighted users and a meter for
 * assistive technology.
 */
export function UsageBar({
  label,
  used,
  total,
  unit,
  percent,
  tone,
  testId,
  className,
}: {
  label: string;
  used: number;
  total: number;
  unit?: string;
  percent: number;
  tone: Tone;
  testId?: string;
  className?: string;
}) {
  return (
    <div className={cn("min-w-0", className)} data-testid={testId} data-used={used} data-total={total} data-percent={percent}>
      <div className="flex items-baseline justify-between gap-2 text-[11px] leading-4">
        <span className="truncate text-muted">{label}</span>
        <span className="tabular-nums whitespace-nowrap">
          <span className={cn(tone === "full" && "font-semibold text-red-700 dark:text-red-300", tone === "warn" && "text-amber-700 dark:text-amber-300")}>{used}</span>
          <span className="text-muted">
            /{total}
            {unit ? ` ${unit}` : ""}
          </span>
        </span>
      </div>
      <div role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={used} className="mt-0.5 h-1.5 overflow-hidden rounded-full bg-subtle ring-1 ring-line ring-inset">
        <div className={cn("h-full rounded-full transition-[width] duration-500", FILL[tone])} style={{ width: `${Math.max(percent, used > 0 ? 2 : 0)}%` }} />
      </div>
    </div>
  );
}
