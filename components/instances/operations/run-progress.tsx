"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import { useT } from "@/lib/i18n/provider";
import type { Translate } from "@/lib/i18n/translate";
import { instanceKeys } from "@/lib/instances/query-keys";
import type { Run, RunItem } from "@/lib/instances/operations/operations-store";
import { progressOf, summarise, type Progress } from "@/lib/instances/operations/progress";
import type { LiveStatus } from "@/lib/status/types";
import { cn } from "@/lib/cn";
import { Button } from "@/components/ui/button";
import { reasonText } from "./eligibility-list";
import { groupByRegion, useLiveStatuses } from "./live-feeds";
import { InstanceCell, StateCell } from "./target-cells";

/**
 * A run, instance by instance: what its call returned (RequestId, or Tencent's code + RequestId on every
 * instance of a failed call) and its live state until it settles. Never one toast for forty instances.
 */
export function RunProgress({ run, onClose }: { run: Run; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const watched = useMemo(() => run.items.filter((i) => i.phase !== "skipped"), [run.items]);
  const byRegion = useMemo(() => groupByRegion(watched, watched[0]?.Region ?? ""), [watched]);
  const live = useLiveStatuses(run.accountId, byRegion);
  const steps = run.items.map((item) => progressOf(run.kind, item, live.get(item.InstanceId)));
  const counts = summarise(steps);
  const total = run.items.length - counts.skipped;
  const settled = run.finished && counts.working === 0;

  // Everything landed: refetch the lists once more so fields that changed with the operation show.
  const refreshed = useRef(false);
  useEffect(() => {
    if (!settled || refreshed.current) return;
    refreshed.current = true;
    void queryClient.invalidateQueries({ queryKey: instanceKeys.all(run.accountId) });
  }, [settled, queryClient, run.accountId]);

  return (
    <div className="flex min-h-0 flex-col" data-testid="op-progress" data-settled={settled ? "true" : "false"}>
      <div className="flex flex-col gap-2 overflow-y-auto px-4 py-3">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-[13px]" data-testid="op-summary" role="status">
          <strong>{t("ops.progress.done", { done: counts.done, total })}</strong>
          {counts.working > 0 && <span className="text-amber-700 dark:text-amber-300">{t("ops.progress.working", { count: counts.working })}</span>}
          {counts.failed > 0 && <span className="text-red-700 dark:text-red-300">{t("ops.progress.failed", { count: counts.failed })}</span>}
          {counts.skipped > 0 && <span className="text-muted">{t("ops.progress.skipped", { count: counts.skipped })}</span>}
        </div>
        <div className="h-1 overflow-hidden rounded bg-subtle" aria-hidden>
          <div className="h-full bg-accent transition-[width]" style={{ width: `${total ? ((counts.done + counts.failed) / total) * 100 : 100}%` }} />
        </div>
        <div className="max-h-[26rem] overflow-y-auto rounded-md border border-line">
          <table className="w-full text-left text-[13px]">
            <thead className="sticky top-0 bg-subtle text-xs text-muted">
              <tr>
                <th className="h-7 px-2.5 font-medium">{t("ops.col.instance")}</th>
                <th className="h-7 px-2.5 font-medium">{t("ops.col.result")}</th>
                <th className="h-7 px-2.5 font-medium">{t("ops.col.state")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {run.items.map((item, index) => (
                <ProgressRow key={item.InstanceId} t={t} item={item} progress={steps[index]} live={live.get(item.InstanceId)} />
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div className="flex items-center justify-end gap-2 border-t border-line px-4 py-2.5">
        {!settled && <p className="mr-auto text-xs text-muted">{t("ops.progress.closeHint")}</p>}
        <Button variant={settled ? "primary" : "secondary"} onClick={onClose} data-testid="op-close">
          {t("common.close")}
        </Button>
      </div>
    </div>
  );
}

function ProgressRow({ t, item, progress, live }: { t: Translate; item: RunItem; progress: Progress; live: LiveStatus | undefined }) {
  return (
    <tr data-testid="op-progress-row" data-instance-id={item.InstanceId} data-step={progress.step} className={cn(item.phase === "skipped" && "opacity-70")}>
      <td className="px-2.5 py-1 align-top">
        <InstanceCell id={item.InstanceId} name={item.InstanceName} />
      </td>
      <td className="px-2.5 py-1 align-top">
        <ResultCell t={t} item={item} progress={progress} />
      </td>
      <td className="px-2.5 py-1 align-top whitespace-nowrap">{item.phase === "skipped" ? <span className="text-muted">—</span> : <StateCell t={t} live={live} />}</td>
    </tr>
  );
}

function ResultCell({ t, item, progress }: { t: Translate; item: RunItem; progress: Progress }) {
  const mono = "font-mono text-[11px] text-muted select-all";
  switch (progress.step) {
    case "skipped":
      return <span className="text-muted">{t("ops.result.skipped", { reason: item.reason ? reasonText(t, item.reason) : "" })}</span>;
    case "queued":
      return <span className="text-muted">{t("ops.result.queued")}</span>;
    case "sending":
      return <span className="text-muted">{t("ops.result.sending")}</span>;
    case "failed":
      return (
        <span className="flex flex-col text-red-700 dark:text-red-300" data-testid="op-result-error" data-code={item.error?.code}>
          <span>{item.error?.message}</span>
          <span className={mono}>
            {item.error?.code}
            {item.requestId && ` · ${t("cloudError.requestId")} ${item.requestId}`}
          </span>
        </span>
      );
    case "operationFailed":
      return (
        <span className="flex flex-col text-red-700 dark:text-red-300">
          <span>{t("ops.result.operationFailed")}{progress.message ? `: ${progress.message}` : ""}</span>
          {item.requestId && <span className={mono}>{t("cloudError.requestId")} {item.requestId}</span>}
        </span>
      );
    default:
      return (
        <span className="flex flex-col">
          <span className={progress.step === "done" ? "text-emerald-700 dark:text-emerald-300" : "text-amber-700 dark:text-amber-300"}>
            {progress.step === "done" ? `✓ ${t("ops.result.done")}` : t("ops.result.working")}
          </span>
          {item.requestId && <span className={mono}>{t("cloudError.requestId")} {item.requestId}</span>}
        </span>
      );
  }
}
