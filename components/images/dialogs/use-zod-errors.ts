"use client";

import { useState } from "react";
import type { z } from "zod";
import { useT } from "@/lib/i18n/provider";
import type { MessageKey } from "@/lib/i18n/translate";

/**
 * Client-side validation with the action's own schema: nothing is shown until the first submit, then each field's
 * first problem, translated (schemas carry i18n keys as messages).
 */
export function useZodErrors<S extends z.ZodType>(schema: S, input: unknown) {
  const t = useT();
  const [shown, setShown] = useState(false);
  const parsed = schema.safeParse(input);
  const errors: Record<string, string> = {};
  if (shown && !parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.length ? issue.path.map(String).join(".") : "form";
      errors[key] ??= t(issue.message as MessageKey);
    }
  }
  return {
    errors,
    valid: parsed.success,
    /** Shows the errors; true when the input is valid. */
    check: () => {
      setShown(true);
      return parsed.success;
    },
  };
}
