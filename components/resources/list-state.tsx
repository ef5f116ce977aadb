"use client";

import type { ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ActionError } from "@/lib/action-result";
import { useT } from "@/lib/i18n/provider";
import { EmptyState } from "@/components/ui/empty-state";
import { Button } from "@/components/ui/button";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";
import { queryError } from "@/lib/queries/query-error";

/**
 * Loading, failed (Tencent code + RequestId, and a retry), empty, or the list itself. A refetch that fails while
 * data is on screen keeps the data and shows the error above it.
 */
export function ListState<T>({
  query,
  isEmpty,
  empty,
  children,
  initialError,
}: {
  query: UseQueryResult<T>;
  /** The server's failed first read, shown while the client's own attempt is pending. */
  initialError?: ActionError | null;
  isEmpty: (data: T) => boolean;
  empty: { icon: ReactNode; title: string; description?: string; action?: ReactNode; testId?: string };
  children: (data: T) => ReactNode;
}) {
  const t = useT();
  const error = query.isError ? queryError(query.error, t) : query.isPending ? (initialError ?? null) : null;
  return (
    <>
      {error && (
        <div className="p-4">
          <CloudErrorPanel t={t} error={error} />
          <Button size="sm" className="mt-2" onClick={() => void query.refetch()}>
            {t("common.retry")}
          </Button>
        </div>
      )}
      {query.isPending && !error && <p className="px-4 py-6 text-[13px] text-muted">{t("common.loading")}</p>}
      {query.data !== undefined &&
        (isEmpty(query.data) ? (
          <EmptyState data-testid={empty.testId} icon={empty.icon} title={empty.title} description={empty.description} action={empty.action} />
        ) : (
          children(query.data)
        ))}
    </>
  );
}
