"use client";

import { useT } from "@/lib/i18n/provider";
import type { ActionError } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";

// The skeleton is shown while rows load, so it stays in the page's first-load JS; the rest of this module is loaded
// only when the list is empty or failed (issue 5).
export { TableSkeleton } from "./table-skeleton";

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
