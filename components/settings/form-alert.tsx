"use client";

import type { ActionError } from "@/lib/action-result";
import { useT } from "@/lib/i18n/provider";

/**
 * A write's failure that belongs to no single field: the message, plus Tencent's code and RequestId when
 * the cloud said no. Field errors are shown next to their fields instead.
 */
export function FormAlert({ error, testId }: { error: ActionError | null | undefined; testId?: string }) {
  const t = useT();
  if (!error) return null;
  const formMessage = error.fieldErrors?.form;
  if (error.fieldErrors && !formMessage) return null; // every problem has a field to sit next to
  return (
    <div role="alert" data-testid={testId} className="rounded-md bg-red-50 px-3 py-2 text-[13px] text-red-800 dark:bg-red-500/10 dark:text-red-200">
      <p>{formMessage ?? error.message}</p>
      {!formMessage && (error.code || error.requestId) && (
        <p className="mt-0.5 font-mono text-[11px] opacity-80">
          {error.code}
          {error.requestId && ` · ${t("cloudError.requestId")} ${error.requestId}`}
        </p>
      )}
    </div>
  );
}

