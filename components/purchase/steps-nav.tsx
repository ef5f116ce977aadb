"use client";

import { useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/cn";

export const STEP_TITLES = ["purchase.step.location", "purchase.step.instance", "purchase.step.storage", "purchase.step.access"] as const;

/** The wizard's steps: any step can be opened at any time; a red count says how many problems one holds. */
export function StepsNav({ step, onStep, problems }: { step: number; onStep: (s: number) => void; problems: (number | null)[] }) {
  const t = useT();
  return (
    <nav aria-label={t("purchase.steps")} className="mb-3 flex flex-wrap gap-1.5">
      {STEP_TITLES.map((title, i) => (
        <button
          key={title}
          type="button"
          onClick={() => onStep(i)}
          aria-current={step === i ? "step" : undefined}
          data-testid={`purchase-step-${i + 1}`}
          className={cn(
            "flex items-center gap-2 rounded-md border px-3 py-1.5 text-[13px] font-medium transition-colors",
            step === i ? "border-accent bg-accent-soft text-fg" : "border-line bg-surface text-muted hover:text-fg",
          )}
        >
          <span className={cn("flex size-5 items-center justify-center rounded-full text-xs", step === i ? "bg-accent text-accent-fg" : "bg-subtle")}>{i + 1}</span>
          {t(title)}
          {!!problems[i] && (
            <span className="rounded-full bg-red-100 px-1.5 text-[11px] text-red-700 dark:bg-red-500/20 dark:text-red-300" title={t("purchase.stepProblems", { n: problems[i]! })}>
              {problems[i]}
            </span>
          )}
        </button>
      ))}
    </nav>
  );
}
