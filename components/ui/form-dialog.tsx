"use client";

import type { ReactNode } from "react";
import { useT } from "@/lib/i18n/provider";
import { Button } from "./button";
import { Dialog } from "./dialog";

/**
 * The frame of a dialog that submits one write: Cancel, then the submit button, disabled and relabelled while the
 * write is pending. The body (fields, and the error in whichever form the feature shows it) is the caller's.
 */
export function FormDialog({
  open = true,
  onClose,
  title,
  description,
  size,
  testId,
  onSubmit,
  submitLabel,
  pendingLabel,
  pending,
  disabled = false,
  submitTestId,
  variant = "primary",
  children,
}: {
  open?: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  size?: "md" | "lg";
  testId: string;
  onSubmit: () => void;
  submitLabel: ReactNode;
  /** What the button says while the write runs; "Saving…" unless the verb has its own. */
  pendingLabel?: ReactNode;
  pending: boolean;
  /** Submitting is not possible yet (a price or a check still to come). */
  disabled?: boolean;
  submitTestId: string;
  /** "danger" for writes that destroy or cannot be undone. */
  variant?: "primary" | "danger";
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
      size={size}
      closeLabel={t("common.close")}
      testId={testId}
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button variant={variant} onClick={onSubmit} disabled={pending || disabled} data-testid={submitTestId}>
            {pending ? (pendingLabel ?? t("common.saving")) : submitLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
