"use client";

import type { ReactNode } from "react";
import { useT } from "@/lib/i18n/provider";
import type { QuotaOverview } from "@/lib/quotas/types";
import type { Usage } from "@/lib/quotas/usage";
import { cn } from "@/lib/cn";
import { UsageBar } from "@/components/resources/usage-bar";

function Tile({ title, usage, note, testId }: { title: string; usage: Usage; note?: ReactNode; testId: string }) {
  return (
    <div
      data-testid={testId}
      className={cn(
        "rounded-lg border bg-surface px-4 py-3",
        usage.level === "ok" ? "border-line" : usage.level === "hot" ? "border-amber-400/60" : "border-red-400/60",
      )}
    >
      <div className="mb-1.5 text-xs text-muted">{title}</div>
      <UsageBar usage={usage} label={title} />
      {note && <div className="mt-1 text-xs text-muted">{note}</div>}
    </div>
  );
}

/** The region at a glance: instance quotas summed over zones, custom images and placement groups. */
export function QuotaSummary({ quota }: { quota: QuotaOverview }) {
  const t = useT();
  return (
    <div className="mb-4 grid gap-3 sm:grid-cols-2 xl:grid-cols-5" data-testid="quota-summary">
      <Tile testId="quota-tile-postPaid" title={t("quotas.kind.postPaid")} usage={quota.totals.postPaid} note={t("quotas.note.postPaid")} />
      <Tile testId="quota-tile-prePaid" title={t("quotas.kind.prePaid")} usage={quota.totals.prePaid} note={t("quotas.note.prePaid")} />
      <Tile testId="quota-tile-spot" title={t("quotas.kind.spot")} usage={quota.totals.spot} note={t("quotas.note.spot")} />
      <Tile testId="quota-tile-image" title={t("quotas.kind.image")} usage={quota.image} note={t("quotas.note.image")} />
      <Tile
        testId="quota-tile-placement"
        title={t("quotas.kind.placement")}
        usage={quota.placement}
        note={t("quotas.note.placement", { host: quota.placement.perHost, sw: quota.placement.perSwitch, rack: quota.placement.perRack })}
      />
    </div>
  );
}
