"use client";

import { useT } from "@/lib/i18n/provider";
import { hasRole } from "@/lib/roles";
import { partitionEligibility } from "@/lib/instances/operations/eligibility";
import { OPERATIONS, type OperationKind } from "@/lib/instances/operations/kinds";
import { openOperation, showRun, useOperationsStore } from "@/lib/instances/operations/operations-store";
import type { OperationTarget } from "@/lib/instances/operations/types";
import { cn } from "@/lib/cn";
import { Button, buttonClass } from "@/components/ui/button";
import { OperationMenu } from "./operation-menu";
import { HOST_PRIORITY, useOperationsHost } from "./operations-host";
import { useOperationsScope, type OperationsScope } from "./operations-context";

const QUICK: OperationKind[] = ["start", "stop", "reboot", "terminate"];

type Props = Partial<OperationsScope> & {
  /** The selected instances, as fresh as the table has them (live states merged in). Instances listed in All
   * regions mode carry their own `Region`; `region` (or the provider's) is the page's. */
  instances: OperationTarget[];
  onClear?: () => void;
  /** Inside a bar that already shows the count and a clear button: render the operation buttons only. */
  embedded?: boolean;
};

/**
 * The bar over the table while rows are selected: how many, the power operations with how many of the selection
 * each would act on, every other batch operation in a menu, and the last run's progress. Viewers see the count
 * only. Everything it opens lives in the operations store, so live updates and row changes never close it; mount
 * it even when nothing is selected (it then renders only the last run's link) so the dialog keeps its host.
 */
export function InstanceBatchBar({ instances, onClear, embedded = false, ...scopeProps }: Props) {
  const t = useT();
  const scope = useOperationsScope(scopeProps);
  const canOperate = !!scope && hasRole(scope.role, "operator");
  const host = useOperationsHost(HOST_PRIORITY.batchBar, canOperate);
  const lastRun = useOperationsStore((s) => [...s.runs].reverse().find((r) => r.accountId === scope?.accountId));
  const count = instances.length;
  if (!scope || (count === 0 && !(canOperate && lastRun))) return host;
  const { accountId, region } = scope;

  const open = (kind: OperationKind) => openOperation({ kind, accountId, region, targets: instances });
  const eligibleCount = (kind: OperationKind) => partitionEligibility(kind, instances, { forceStop: true }).eligible.length;
  const more = Object.values(OPERATIONS)
    .filter((op) => op.batch && !QUICK.includes(op.kind))
    .map((op) => ({ kind: op.kind, group: op.group, danger: op.danger, count: eligibleCount(op.kind) }));
  const lastDone = lastRun?.items.filter((i) => i.phase === "sent").length ?? 0;
  const lastFailed = lastRun?.items.filter((i) => i.phase === "failed").length ?? 0;

  return (
    <div
      data-testid="instance-batch-bar"
      className={embedded ? "flex flex-1 flex-wrap items-center gap-1.5" : "flex flex-wrap items-center gap-1.5 rounded-md border border-accent/30 bg-accent-soft px-2.5 py-1.5 text-[13px]"}
    >
      {count > 0 && !embedded && (
        <span className="mr-1 font-medium" data-testid="batch-count">
          {t("ops.batch.selected", { count })}
        </span>
      )}
      {canOperate && count > 0 && (
        <>
          {QUICK.map((kind) => {
            const n = eligibleCount(kind);
            return (
              <Button
                key={kind}
                size="sm"
                variant="secondary"
                // The destructive one reads as such without shouting: it only opens a dialog that asks again.
                className={cn(kind === "terminate" && "text-red-700 dark:text-red-300", n === 0 && "opacity-60")}
                onClick={() => open(kind)}
                data-testid={`batch-op-${kind}`}
                title={t("ops.batch.eligibleHint", { count: n, total: count })}
              >
                {t(`ops.kind.${kind}`)}
                <span className="tabular-nums opacity-70">{n}</span>
              </Button>
            );
          })}
          <OperationMenu testId="batch-more" triggerLabel={t("ops.batch.more")} triggerClassName={buttonClass("secondary", "sm")} trigger={<>{t("ops.batch.more")} ▾</>} entries={more} onSelect={open} />
        </>
      )}
      <span className="flex-1" />
      {canOperate && lastRun && (
        <button type="button" onClick={() => showRun(lastRun.id)} className="rounded px-1.5 py-0.5 text-xs text-muted hover:bg-surface hover:text-fg" data-testid="batch-last-run">
          {t("ops.batch.lastRun", { action: t(`ops.kind.${lastRun.kind}`), sent: lastDone, failed: lastFailed })}
        </button>
      )}
      {count > 0 && onClear && !embedded && (
        <Button size="sm" variant="ghost" onClick={onClear} data-testid="batch-clear">
          {t("ops.batch.clear")}
        </Button>
      )}
      {host}
    </div>
  );
}
