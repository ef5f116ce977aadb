"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import type { ActionResult } from "../action-result";

/**
 * A resource page's server action behind useMutation. Actions return `{ ok: false, error }` instead of throwing, so
 * a refused write arrives in `data`. On success the given queries (the page's list, from its key factory) refetch
 * through their GET routes. `gcTime: 0` drops the result as soon as no dialog shows it (a created private key).
 */
export function useResourceMutation<I, R extends ActionResult>(action: (input: I) => Promise<R>, invalidate: readonly QueryKey[], opts: { gcTime?: number } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    gcTime: opts.gcTime,
    onSuccess: async (result) => {
      if (!result.ok) return;
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}

/** `?region=…&account=…` for a resource GET route: the route refuses an account that is no longer the session's. */
export function scopeQuery(accountId: string, region: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({ region, account: accountId, ...extra }).toString();
}
