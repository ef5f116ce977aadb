"use client";

import type { ReactNode } from "react";
import type { ActionError } from "@/lib/action-result";
import { useT } from "@/lib/i18n/provider";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
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
  const t = useT();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      closeLabel={t("common.close")}
      testId={testId}
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button variant="danger" onClick={onConfirm} disabled={pending || disabled} data-testid={`${testId}-confirm`}>
            {pending ? t("common.saving") : confirmLabel}
          </Button>
        </>
      }
    >
      <div className="space-y-3 text-[13px]">
        {children}
        <FormAlert error={error} testId={`${testId}-error`} />
      </div>
    </Dialog>
  );
}
