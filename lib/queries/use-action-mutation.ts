"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { ActionResult } from "../action-result";

/**
 * A server action behind useMutation. Actions return `{ ok: false, error }` instead of throwing, so a failed
 * write arrives in `data`; only a transport failure lands in `error`. On success the server tree is
 * re-rendered (router.refresh) so server-rendered lists pick up the change.
 */
export function useActionMutation<I, R extends ActionResult>(action: (input: I) => Promise<R>, onOk?: (result: Extract<R, { ok: true }>) => void) {
  const router = useRouter();
  return useMutation({
    mutationFn: action,
    onSuccess: (result) => {
      if (!result.ok) return;
      router.refresh();
      onOk?.(result as Extract<R, { ok: true }>);
    },
  });
}
