"use client";

import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import type { PurchaseConfig } from "@/lib/purchase/config";

/** What every step of the wizard receives. */
export interface StepProps {
  accountId: string;
  language: string;
  config: PurchaseConfig;
  set: (patch: Partial<PurchaseConfig>) => void;
  /** The translated problem of a field (path as in configErrors), once it should be shown. */
  err: (path: string) => string | undefined;
}

/** A titled block inside a step. */
export function Section({ title, hint, children, actions, testId }: { title: ReactNode; hint?: ReactNode; children: ReactNode; actions?: ReactNode; testId?: string }) {
  return (
    <section className="border-b border-line px-4 py-3.5 last:border-b-0" data-testid={testId}>
      <div className="mb-2.5 flex items-baseline justify-between gap-3">
        <div className="min-w-0">
          <h3 className="text-[13px] font-semibold">{title}</h3>
          {hint && <p className="mt-0.5 text-xs text-muted">{hint}</p>}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** A choice among a few options as connected buttons (a radio group underneath). */
export function Segmented<T extends string>({
  name,
  label,
  value,
  options,
  onChange,
}: {
  name: string;
  label: string;
  value: T;
  options: Array<{ value: T; label: ReactNode; hint?: string; disabled?: boolean; title?: string }>;
  onChange: (value: T) => void;
}) {
  return (
    <div role="radiogroup" aria-label={label} className="inline-flex max-w-full flex-wrap rounded-md border border-line-strong p-0.5">
      {options.map((o) => (
        <label
          key={o.value}
          title={o.title ?? o.hint}
          className={cn(
            "cursor-pointer rounded px-2.5 py-1 text-[13px] whitespace-nowrap has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent/40",
            value === o.value ? "bg-accent text-accent-fg" : "text-fg hover:bg-subtle",
            o.disabled && "pointer-events-none cursor-not-allowed text-muted line-through opacity-60",
          )}
        >
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            disabled={o.disabled}
            onChange={() => onChange(o.value)}
            className="sr-only"
            data-testid={`${name}-${o.value}`}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}

/** A labelled checkbox with an optional hint. */
export function Check({ id, label, hint, checked, onChange, disabled }: { id: string; label: ReactNode; hint?: ReactNode; checked: boolean; onChange: (v: boolean) => void; disabled?: boolean }) {
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={id}
        className="mt-0.5 size-3.5 shrink-0 accent-[var(--color-accent)] disabled:opacity-50"
      />
      <label htmlFor={id} className={cn("text-[13px] leading-5", disabled && "text-muted")}>
        {label}
        {hint && <span className="block text-xs text-muted">{hint}</span>}
      </label>
    </div>
  );
}

/** A label to the left of its control: dense rows, like the official console's purchase page. */
export function Row({ label, htmlFor, children, error, hint }: { label: ReactNode; htmlFor?: string; children: ReactNode; error?: string; hint?: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-x-4 gap-y-1 py-1.5 sm:grid-cols-[9rem_minmax(0,1fr)]">
      <label htmlFor={htmlFor} className="pt-1.5 text-[13px] text-muted">
        {label}
      </label>
      <div className="min-w-0">
        {children}
        {hint && <p className="mt-1 text-xs text-muted">{hint}</p>}
        {error && (
          <p role="alert" className="mt-1 text-xs text-red-600 dark:text-red-400" data-testid={htmlFor ? `${htmlFor}-error` : undefined}>
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

/** Integer input that reports numbers (an empty box is NaN, which the schema rejects). */
export function NumberInput({ id, value, onChange, min, max, step, className, invalid, ...rest }: {
  id: string;
  value: number;
  onChange: (n: number) => void;
  min?: number;
  max?: number;
  step?: number;
  className?: string;
  invalid?: boolean;
  "aria-label"?: string;
}) {
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      value={Number.isFinite(value) ? value : ""}
      min={min}
      max={max}
      step={step}
      onChange={(e) => onChange(e.target.value === "" ? Number.NaN : Number(e.target.value))}
      aria-invalid={invalid || undefined}
      data-testid={id}
      className={cn(
        "h-8 w-24 rounded-md border border-line-strong bg-surface px-2 text-sm tabular-nums focus:border-accent focus:ring-2 focus:ring-accent/25 focus:outline-none aria-[invalid=true]:border-red-500",
        className,
      )}
      {...rest}
    />
  );
}
