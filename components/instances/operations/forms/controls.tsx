"use client";

import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { useT } from "@/lib/i18n/provider";

/** A labelled checkbox with an optional hint underneath. */
export function Check({ id, label, hint, checked, onChange, testId }: { id: string; label: ReactNode; hint?: ReactNode; checked: boolean; onChange: (checked: boolean) => void; testId?: string }) {
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
        className="mt-0.5 size-3.5 shrink-0 accent-[var(--color-accent)]"
      />
      <label htmlFor={id} className="text-[13px] leading-5">
        <span className="font-medium">{label}</span>
        {hint && <span className="block text-xs text-muted">{hint}</span>}
      </label>
    </div>
  );
}

/** A compact segmented choice (radio group) for 2–4 options. */
export function Segmented<T extends string>({
  name,
  label,
  value,
  options,
  onChange,
  hint,
}: {
  name: string;
  label: ReactNode;
  value: T;
  options: Array<{ value: T; label: ReactNode; danger?: boolean }>;
  onChange: (value: T) => void;
  hint?: ReactNode;
}) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-[13px] font-medium">{label}</legend>
      <div className="inline-flex w-fit rounded-md border border-line-strong p-0.5" role="radiogroup">
        {options.map((o) => (
          <label
            key={o.value}
            data-testid={`${name}-${o.value}`}
            data-checked={value === o.value}
            className={cn(
              "cursor-pointer rounded px-2.5 py-1 text-[13px] whitespace-nowrap has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent/40",
              value === o.value ? (o.danger ? "bg-red-600 text-white dark:bg-red-500" : "bg-accent text-accent-fg") : "text-muted hover:bg-subtle hover:text-fg",
            )}
          >
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} className="sr-only" />
            {o.label}
          </label>
        ))}
      </div>
      {hint && <p className="text-xs text-muted">{hint}</p>}
    </fieldset>
  );
}

export type BindMode = "associate" | "disassociate";

/** Bind or unbind (key pairs, security groups): the same two choices, each with what it does. */
export function BindModeField({ name, value, onChange, hints }: { name: string; value: BindMode; onChange: (mode: BindMode) => void; hints: Record<BindMode, ReactNode> }) {
  const t = useT();
  return (
    <Segmented
      name={name}
      label={t("ops.f.keyMode")}
      value={value}
      onChange={onChange}
      options={[
        { value: "associate", label: t("ops.keyMode.associate") },
        { value: "disassociate", label: t("ops.keyMode.disassociate") },
      ]}
      hint={hints[value]}
    />
  );
}

/** A short note inside a form (what an option does, a caveat). */
export function Note({ tone = "neutral", children }: { tone?: "neutral" | "warning"; children: ReactNode }) {
  return (
    <p
      className={cn(
        "rounded-md px-2.5 py-1.5 text-xs",
        tone === "warning" ? "bg-amber-50 text-amber-900 dark:bg-amber-400/10 dark:text-amber-200" : "bg-subtle text-muted",
      )}
    >
      {children}
    </p>
  );
}

/** Whether any selected instance is running (ForceStop / ResizeOnline only matter then). */
export function anyRunning(targets: ReadonlyArray<{ InstanceState?: string }>): boolean {
  return targets.some((i) => i.InstanceState === "RUNNING");
}
