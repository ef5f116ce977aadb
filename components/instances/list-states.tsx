"use client";

import { useT } from "@/lib/i18n/provider";
import type { ActionError } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";

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

export function ListError({ error, onRetry }: { error: ActionError; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="space-y-3 p-4">
      <CloudErrorPanel t={t} error={error} title={t("instances.error.title")} />
      <Button variant="secondary" onClick={onRetry} data-testid="instances-retry">
        {t("common.retry")}
      </Button>
    </div>
  );
}

type EmptyKind = "region" | "fleet" | "search" | "pastEnd" | "badSearch";

/** Why the table is empty, and the one thing to do about it. */
export function ListEmpty({ kind, regionName, onAction }: { kind: EmptyKind; regionName: string; onAction?: () => void }) {
  const t = useT();
  const content = {
    region: { title: t("instances.empty.region.title", { region: regionName }), description: t("instances.empty.region.description"), action: t("instances.empty.region.action") },
    fleet: { title: t("instances.empty.fleet.title"), description: t("instances.empty.fleet.description"), action: undefined },
    search: { title: t("instances.empty.search.title"), description: t("instances.empty.search.description"), action: t("instances.empty.search.action") },
    pastEnd: { title: t("instances.empty.pastEnd.title"), description: t("instances.empty.pastEnd.description"), action: t("instances.empty.pastEnd.action") },
    badSearch: { title: t("instances.empty.badSearch.title"), description: t("instances.empty.badSearch.description"), action: undefined },
  }[kind];
  return (
    <EmptyState
      data-testid={`instances-empty-${kind}`}
      icon={<Icon name={kind === "search" || kind === "badSearch" ? "compass" : "instances"} className="size-5" />}
      title={content.title}
      description={content.description}
      action={
        content.action && onAction ? (
          <Button variant="secondary" onClick={onAction}>
            {content.action}
          </Button>
        ) : undefined
      }
    />
  );
}
