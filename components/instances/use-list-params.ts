"use client";

import { useCallback, useMemo } from "react";
import { useSearchParams } from "next/navigation";
import { readListParams, toQueryString, type ListParams } from "@/lib/instances/list-params";

/**
 * The list's state from the URL, and a setter that writes it back with history.pushState: Next keeps
 * useSearchParams in step, the back button walks through searches, and no server round trip is made (the
 * client fetches the new page through GET /api/instances). Changing what is listed goes back to page 1.
 */
export function useListParams(): [ListParams, (patch: Partial<ListParams>) => void] {
  const search = useSearchParams();
  const params = useMemo(() => readListParams(search), [search]);
  const update = useCallback(
    (patch: Partial<ListParams>) => {
      const resetsPage = patch.q !== undefined || patch.scope !== undefined || patch.size !== undefined;
      const next = { ...params, ...(resetsPage ? { page: 1 } : {}), ...patch };
      const query = toQueryString(next);
      if (query === toQueryString(params)) return;
      window.history.pushState(null, "", query ? `?${query}` : window.location.pathname);
    },
    [params],
  );
  return [params, update];
}
