"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import type { BusyImage, LatestOperation } from "@/lib/overview/types";
import type { QuotaHotSpot } from "@/lib/quotas/types";
import { usage } from "@/lib/quotas/usage";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { HotSpotList } from "@/components/quotas/hot-spot-list";
import { UsageBar } from "@/components/resources/usage-bar";

const more = (href: string, label: string) => (
  <Link href={href} className="text-xs text-accent hover:underline">
    {label}
  </Link>
);

export function HotSpotsPanel({ spots }: { spots: QuotaHotSpot[] }) {
  const t = useT();
  return (
    <Card data-testid="overview-hot-spots">
      <CardHeader title={t("overview.hot.title")} actions={more("/quotas", t("overview.open"))} />
      <CardBody>{spots.length === 0 ? <p className="text-[13px] text-muted">{t("overview.hot.none")}</p> : <HotSpotList spots={spots.slice(0, 8)} showRegion />}</CardBody>
    </Card>
  );
}

/** Custom images being created, copied to other regions (SyncImages) or imported: progress per region. */
export function BusyImagesPanel({ images }: { images: BusyImage[] }) {
  const t = useT();
  return (
    <Card data-testid="overview-images">
      <CardHeader title={t("overview.images.title")} actions={more("/images", t("overview.open"))} />
      <CardBody>
        {images.length === 0 ? (
          <p className="text-[13px] text-muted">{t("overview.images.none")}</p>
        ) : (
          <ul className="space-y-2 text-[13px]">
            {images.slice(0, 8).map((i) => (
              <li key={`${i.Region}-${i.ImageId}`} data-testid="overview-image">
                <div className="flex items-center gap-2">
                  <span className="min-w-0 truncate font-medium">{i.ImageName || i.ImageId}</span>
                  <Badge tone="warning">{i.ImageState}</Badge>
                  <span className="ml-auto font-mono text-xs text-muted">{i.Region}</span>
                </div>
                {i.SyncPercent !== null && <UsageBar usage={usage(i.SyncPercent, 100)} label={i.ImageId} className="mt-1" />}
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}

/** What was done through this console lately (the audit log's cloud operations, newest first). */
export function OperationsPanel({ operations }: { operations: LatestOperation[] }) {
  const t = useT();
  return (
    <Card data-testid="overview-operations">
      <CardHeader title={t("overview.operations.title")} description={t("overview.operations.hint")} />
      {operations.length === 0 ? (
        <p className="px-4 py-3 text-[13px] text-muted">{t("overview.operations.none")}</p>
      ) : (
        <ul className="divide-y divide-line text-[13px]">
          {operations.map((o) => (
            // Two lines that wrap inside the card (a third of the page): what happened, then on what, by whom, when.
            // One line overflowed the card as soon as an error code stood in the badge.
            <li key={o.id} className="px-4 py-1.5" data-testid="overview-operation">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                <Badge tone={o.result === "ok" ? "success" : "danger"} className="max-w-full">
                  <span className="truncate">{o.result === "ok" ? t("overview.operations.ok") : (o.errorCode ?? t("overview.operations.failed"))}</span>
                </Badge>
                <span className="min-w-0 font-mono text-xs break-all">{o.action}</span>
              </div>
              <div className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-muted">
                <span className="min-w-0 truncate font-mono">{o.target}</span>
                <span className="ml-auto flex flex-wrap justify-end gap-x-2">
                  <span>{o.userEmail ?? "—"}</span>
                  <span className="whitespace-nowrap">{formatDateTime(o.at)}</span>
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
