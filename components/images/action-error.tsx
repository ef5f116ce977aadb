"use client";

import { useT } from "@/lib/i18n/provider";
import type { ActionError } from "@/lib/action-result";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";

/**
 * What a failed write says in a dialog: the form-level message for field problems (the fields show their own), or
 * Tencent's code, message and RequestId; `explain` adds what a documented code means for the operator.
 */
export function ActionErrorNote({ error, explain }: { error: ActionError | null | undefined; explain?: string | null }) {
  const t = useT();
  if (!error) return null;
  if (error.fieldErrors && Object.keys(error.fieldErrors).length) {
    const form = error.fieldErrors.form;
    return (
      <p role="alert" className="text-xs text-red-600 dark:text-red-400" data-testid="action-error">
        {form ?? error.message}
      </p>
    );
  }
  return (
    <div className="space-y-1.5" data-testid="action-error" data-error-code={error.code}>
      {explain && <p className="rounded-md bg-amber-50 px-3 py-2 text-[13px] text-amber-900 dark:bg-amber-400/10 dark:text-amber-200" data-testid="action-error-explain">{explain}</p>}
      <CloudErrorPanel t={t} error={error} />
    </div>
  );
}

