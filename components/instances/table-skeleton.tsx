"use client";

import { useT } from "@/lib/i18n/provider";

/** Placeholder rows while the first page loads: the table's shape, not a spinner. */
export function TableSkeleton({ rows = 8 }: { rows?: number }) {
  const t = useT();
  return (
    <div role="status" aria-label={t("common.loading")} data-testid="instances-loading" className="divide-y divide-line">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex h-9 items-center gap-6 px-3">
          <span className="h-2.5 w-40 animate-pulse rounded bg-subtle" />
          <span className="h-2.5 w-16 animate-pulse rounded bg-subtle" />
          <span className="h-2.5 w-24 animate-pulse rounded bg-subtle" />
          <span className="h-2.5 w-20 animate-pulse rounded bg-subtle" />
          <span className="h-2.5 flex-1 animate-pulse rounded bg-subtle" />
        </div>
      ))}
    </div>
  );
}
