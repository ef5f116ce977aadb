"use client";

import type { ReactNode } from "react";
import type { ActionError } from "@/lib/action-result";
import { FormDialog } from "@/components/ui/form-dialog";
import { FormAlert } from "@/components/settings/form-alert";

/** "Are you sure?" for a destructive write: what happens, the cloud's refusal if it comes, and a red button. */
export function ConfirmDialog({
  open,
  onClose,
  title,
  children,
  confirmLabel,
  onConfirm,
  pending,
  error,
  testId,
  disabled,
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  pending: boolean;
  error: ActionError | null | undefined;
  testId: string;
  disabled?: boolean;
}) {
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={title}
      testId={testId}
      variant="danger"
      onSubmit={onConfirm}
      submitLabel={confirmLabel}
      pending={pending}
      disabled={disabled}
      submitTestId={`${testId}-confirm`}
    >
      <div className="space-y-3 text-[13px]">
        {children}
        <FormAlert error={error} testId={`${testId}-error`} />
      </div>
    </FormDialog>
  );
}
