"use client";

import { useT } from "@/lib/i18n/provider";
import { useRegionsQuery } from "@/lib/queries/regions";
import { useSyncCopiesQuery } from "@/lib/queries/images";
import { copyProgress, type SyncJob } from "@/lib/images/sync-jobs";
import type { Locale } from "@/lib/i18n/config";
import { cn } from "@/lib/cn";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";

/** Every copy this browser started, one bar per destination region, read again every few seconds until each lands. */
export function SyncProgress({ accountId, language, jobs, onDismiss }: { accountId: string; language: Locale; jobs: SyncJob[]; onDismiss: (startedAt: number) => void }) {
  const t = useT();
  const copies = jobs.flatMap((j) => j.copies);
  const status = useSyncCopiesQuery(accountId, copies);
  const regions = useRegionsQuery(accountId, language);
  const regionName = (r: string) => regions.data?.find((x) => x.Region === r)?.RegionName ?? r;
  if (jobs.length === 0) return null;
  return (
    <Card className="mb-3" data-testid="image-sync-progress">
      <CardHeader title={t("images.sync.progressTitle")} description={t("images.sync.progressDescription")} />
      <ul className="divide-y divide-line">
        {jobs.map((job) => {
          const rows = job.copies.map((c) => ({ ...c, ...copyProgress(status.data?.find((s) => s.Region === c.Region && s.ImageId === c.ImageId)) }));
          const finished = rows.every((r) => r.phase === "done" || r.phase === "failed" || r.phase === "gone");
          return (
            <li key={job.startedAt} className="px-4 py-2" data-testid="image-sync-job" data-source={job.sourceId}>
              <div className="mb-1 flex items-center justify-between gap-2 text-[13px]">
                <span>
                  <span className="font-medium">{job.sourceName}</span> <span className="font-mono text-xs text-muted">{job.sourceId}</span>
                  <span className="text-muted"> · {t("images.sync.from", { region: regionName(job.fromRegion) })}</span>
                </span>
                {finished && (
                  <Button size="sm" variant="ghost" onClick={() => onDismiss(job.startedAt)} data-testid="image-sync-dismiss">
                    {t("images.sync.dismiss")}
                  </Button>
                )}
              </div>
              <div className="grid gap-x-6 gap-y-1.5 sm:grid-cols-2 lg:grid-cols-3">
                {rows.map((r) => (
                  <div key={`${r.Region}:${r.ImageId}`} data-testid="image-sync-copy" data-region={r.Region} data-image={r.ImageId} data-phase={r.phase}>
                    <div className="flex items-baseline justify-between text-xs">
                      <span>
                        {regionName(r.Region)} <span className="font-mono text-[11px] text-muted">{r.ImageId}</span>
                      </span>
                      <span className={cn("tabular-nums", r.phase === "done" && "text-emerald-700 dark:text-emerald-300", (r.phase === "failed" || r.phase === "gone") && "text-red-700 dark:text-red-300")}>
                        {r.phase === "syncing" ? `${r.percent}%` : t(`images.sync.phase.${r.phase}`)}
                      </span>
                    </div>
                    <div className="mt-0.5 h-1.5 overflow-hidden rounded-full bg-subtle ring-1 ring-line ring-inset">
                      <div
                        className={cn("h-full rounded-full transition-[width] duration-700", r.phase === "done" ? "bg-emerald-500" : r.phase === "syncing" ? "bg-accent" : "bg-red-500")}
                        style={{ width: `${r.phase === "syncing" ? Math.max(r.percent, 3) : r.phase === "unknown" ? 0 : 100}%` }}
                      />
                    </div>
                  </div>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
