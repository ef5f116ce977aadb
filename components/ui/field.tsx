import type { InputHTMLAttributes, ReactNode } from "react";
import { Input } from "./input";

/** Ids that tie a control to its label, hint and error for screen readers. */
export function fieldA11y(id: string, error?: string, hint?: ReactNode) {
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined } as const;
}

/** Label above, control, the hint (kept visible, it often explains the error), then the error (red, announced). */
export function Field({ id, label, error, hint, children }: { id: string; label: ReactNode; error?: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-[13px] font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-600 dark:text-red-400" data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & { id: string; label: ReactNode; error?: string; hint?: ReactNode };

export function TextField({ id, label, error, hint, ...inputProps }: TextFieldProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Input {...inputProps} {...fieldA11y(id, error, hint)} />
    </Field>
  );
}
