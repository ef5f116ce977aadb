"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { useInstanceStatus } from "@/lib/status/use-instance-status";
import { expandNames } from "@/lib/purchase/naming";
import { StateBadge } from "@/components/instances/state-badge";
import { Button, buttonClass } from "@/components/ui/button";

/**
 * The instances a purchase created, watched live (GET /api/status) from PENDING to RUNNING, or LAUNCH_FAILED with
 * its message (RunInstances seed 8563–8567: the result is known only from the instances' states).
 */
// The list's search takes at most 5 values per key (lib/instances/search-syntax): larger batches open the whole list.
export function PurchaseResult({
  accountId,
  region,
  instanceIds,
  requestId,
  nameTemplate,
  replayed,
  onBuyMore,
}: {
  accountId: string;
  region: string;
  instanceIds: string[];
  requestId: string;
  nameTemplate: string;
  replayed: boolean;
  onBuyMore: () => void;
}) {
  const t = useT();
  const { byId } = useInstanceStatus(accountId, region, instanceIds);
  const names = nameTemplate ? expandNames(nameTemplate, instanceIds.length) : [];
  const states = instanceIds.map((id) => byId.get(id)?.InstanceState ?? "PENDING");
  const running = states.filter((s) => s === "RUNNING").length;
  const failed = states.filter((s) => s === "LAUNCH_FAILED").length;
  return (
    <div className="px-4 py-3" data-testid="purchase-result">
      <h3 className="text-[13px] font-semibold text-emerald-700 dark:text-emerald-300">{t("purchase.result.title", { count: instanceIds.length })}</h3>
      <p className="mt-0.5 text-xs text-muted" data-testid="purchase-result-progress">
        {t("purchase.result.progress", { running, failed, total: instanceIds.length })}
        {replayed && ` · ${t("purchase.result.replayed")}`}
      </p>
      <ul className="mt-2 max-h-72 divide-y divide-line overflow-auto rounded-md border border-line">
        {instanceIds.map((id, i) => {
          const live = byId.get(id);
          return (
            <li key={id} className="flex flex-col gap-0.5 px-2.5 py-1.5 text-[13px]" data-testid="purchase-result-row" data-id={id} data-state={states[i]}>
              <div className="flex items-center justify-between gap-2">
                <Link href={`/instances/${id}?region=${encodeURIComponent(region)}`} className="min-w-0 truncate font-mono text-xs text-accent hover:underline">
                  {id}
                </Link>
                <StateBadge t={t} state={states[i]} />
              </div>
              {names[i] && <span className="truncate text-xs text-muted">{names[i]}</span>}
              {states[i] === "LAUNCH_FAILED" && live?.LatestOperationErrorMsg && (
                <span className="text-xs text-red-700 dark:text-red-300" data-testid="purchase-result-error">
                  {live.LatestOperationErrorMsg}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p className="mt-1.5 truncate font-mono text-[11px] text-muted" title={requestId}>
        {t("cloudError.requestId")} {requestId}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Link href={instanceIds.length <= 5 ? `/instances?q=${encodeURIComponent(instanceIds.join(" "))}` : "/instances"} className={buttonClass("secondary", "sm")} data-testid="purchase-result-list">
          {t("purchase.result.viewList")}
        </Link>
        <Button size="sm" variant="ghost" onClick={onBuyMore} data-testid="purchase-buy-more">
          {t("purchase.result.buyMore")}
        </Button>
      </div>
    </div>
  );
}
