import type { Translate } from "@/lib/i18n/translate";
import { isInstanceState, RELEASED_STATE, stateTone, type StateTone } from "@/lib/instances/states";
import { cn } from "@/lib/cn";
import { Badge } from "@/components/ui/badge";

/** The state's name in the UI language; "released" when the live status says the instance is gone. */
export function stateLabel(t: Translate, state: string | null | undefined): string {
  if (state === null || state === RELEASED_STATE) return t("instances.state.released");
  if (isInstanceState(state)) return t(`instances.state.${state}`);
  return state || t("common.unknown");
}

// Text colour and a leading dot drawn with ::before: one element per cell, which matters at 100 rows.
const CELL_TONES: Record<StateTone, string> = {
  success: "text-emerald-700 before:bg-emerald-500 dark:text-emerald-300",
  neutral: "text-muted before:bg-line-strong",
  warning: "text-amber-700 before:bg-amber-500 before:animate-pulse dark:text-amber-300",
  danger: "text-red-700 before:bg-red-500 dark:text-red-300",
  accent: "text-accent before:bg-accent",
};

/** Classes for a table cell that shows a state as "● Running". */
export function stateCellClass(state: string | null | undefined): string {
  return cn(
    "whitespace-nowrap font-medium before:mr-1.5 before:inline-block before:size-1.5 before:rounded-full before:align-middle before:content-['']",
    CELL_TONES[state === null ? "neutral" : stateTone(state)],
  );
}

// The same for a two-line cell: the first line is the state (via ::first-line), the rest small and muted.
const FIRST_LINE_TONES: Record<StateTone, string> = {
  success: "first-line:text-emerald-700 before:bg-emerald-500 dark:first-line:text-emerald-300",
  neutral: "first-line:text-muted before:bg-line-strong",
  warning: "first-line:text-amber-700 before:bg-amber-500 before:animate-pulse dark:first-line:text-amber-300",
  danger: "first-line:text-red-700 before:bg-red-500 dark:first-line:text-red-300",
  accent: "first-line:text-accent before:bg-accent",
};

/**
 * Classes for a cell whose text is "state\nsecond line": the state as "● Running" on the first line, the second
 * line small, muted and aligned under the state's name (a hanging indent). No element per line.
 */
export function stateTwoLineCellClass(state: string | null | undefined): string {
  return cn(
    "!pl-6 -indent-3 whitespace-pre-line text-[11px] leading-tight text-muted first-line:text-[13px] first-line:font-medium",
    "before:mr-1.5 before:inline-block before:size-1.5 before:rounded-full before:align-middle before:content-['']",
    FIRST_LINE_TONES[state === null ? "neutral" : stateTone(state)],
  );
}

/** A standalone state badge (detail page header). */
export function StateBadge({ t, state, className }: { t: Translate; state: string | null | undefined; className?: string }) {
  return (
    <Badge tone={state === null ? "neutral" : stateTone(state)} dot className={className} data-testid="instance-state" data-state={state ?? RELEASED_STATE} title={state ?? undefined}>
      {stateLabel(t, state)}
    </Badge>
  );
}
