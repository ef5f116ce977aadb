"use client";

import { useMemo, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import type { Locale } from "@/lib/i18n/config";
import type { ActionError } from "@/lib/action-result";
import { hasRole, type Role } from "@/lib/roles";
import { useImagesQuery } from "@/lib/queries/images";
import { facetsOf, filterImages } from "@/lib/images/filters";
import { refusalOf, type ImageOperation } from "@/lib/images/rules";
import type { ImageView } from "@/lib/images/types";
import { purchaseHref } from "@/lib/purchase/prefill";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";
import { PageHeader } from "@/components/shell/page-header";
import { FamilyBanner } from "@/components/images/family-banner";
import { ImageDialogs, type ImageDialogState } from "@/components/images/image-dialogs";
import { ImageFilters } from "@/components/images/image-filters";
import { ImageTable } from "@/components/images/image-table";
import { ImageTabs } from "@/components/images/image-tabs";
import { MarketplacePanel } from "@/components/images/marketplace-panel";
import { ImageQuotaMeter } from "@/components/images/quota-meter";
import { SyncProgress } from "@/components/images/sync-progress";
import { useImageParams } from "@/components/images/use-image-params";
import { useSyncJobs } from "@/components/images/use-sync-jobs";
import { queryError } from "@/lib/queries/query-error";

type Props = {
  accountId: string;
  region: string;
  regionName: string;
  language: Locale;
  role: Role;
  /** The server's first attempt failed: shown until the client's own attempt answers. */
  serverError: ActionError | null;
  /** `?create=ins-…`: open "create image" on this instance (a link from an instance's page). */
  createFrom: string | null;
};

export function ImagesClient({ accountId, region, regionName, language, role, serverError, createFrom }: Props) {
  const t = useT();
  const [params, setParams] = useImageParams();
  const { tab } = params;
  const listTab = tab === "marketplace" ? "private" : tab;
  const list = useImagesQuery(accountId, region, listTab, tab !== "marketplace");
  const canOperate = hasRole(role, "operator");
  const [dialog, setDialog] = useState<ImageDialogState>(createFrom && canOperate ? { kind: "create", instanceId: createFrom } : null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const sync = useSyncJobs(accountId);

  const all = useMemo(() => list.data?.ImageSet ?? [], [list.data]);
  const rows = useMemo(() => filterImages(all, params), [all, params]);
  const facets = useMemo(() => facetsOf(all, params.platform), [all, params.platform]);
  const chosen = all.filter((i) => selected.has(i.ImageId));
  const error = list.isError ? queryError(list.error, t) : list.data ? null : serverError;
  const launchHref = (image: ImageView) => purchaseHref({ region, image: image.ImageId, source: image.ImageType });

  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const onAction = (op: ImageOperation, image: ImageView) => {
    if (op === "edit" || op === "share" || op === "sync") setDialog({ kind: op, image });
    else if (op === "export" || op === "delete") setDialog({ kind: op, images: [image] });
  };
  const batch = (op: "export" | "delete") => {
    const eligible = chosen.filter((i) => !refusalOf(op, i));
    return { eligible, skipped: chosen.length - eligible.length };
  };

  return (
    <>
      <PageHeader
        title={t("nav.images")}
        description={t("images.page.description", { region: regionName })}
        actions={
          <>
            <ImageQuotaMeter accountId={accountId} region={region} />
            <Button onClick={() => list.refetch()} disabled={list.isFetching || tab === "marketplace"} data-testid="images-refresh">
              {t("images.refresh")}
            </Button>
            {canOperate && (
              <>
                <Button onClick={() => setDialog({ kind: "convert" })} data-testid="images-convert">
                  {t("images.convert.open")}
                </Button>
                <Button onClick={() => setDialog({ kind: "import" })} data-testid="images-import">
                  {t("images.import.open")}
                </Button>
                <Button variant="primary" onClick={() => setDialog({ kind: "create" })} data-testid="images-create">
                  {t("images.create.open")}
                </Button>
              </>
            )}
          </>
        }
      />
      <SyncProgress accountId={accountId} language={language} jobs={sync.jobs} onDismiss={sync.dismiss} />
      <div className="mb-3">
        <ImageTabs tab={tab} counts={list.data && tab !== "marketplace" ? { [tab]: list.data.TotalCount } : {}} />
      </div>
      {tab === "marketplace" ? (
        <MarketplacePanel accountId={accountId} region={region} canLaunch={canOperate} />
      ) : (
        <>
          <ImageFilters value={params} facets={facets} onChange={setParams} shown={rows.length} total={all.length} />
          <FamilyBanner accountId={accountId} region={region} family={params.family} launchHref={canOperate ? (id) => purchaseHref({ region, image: id, source: "PRIVATE_IMAGE" }) : null} />
          {canOperate && tab === "private" && chosen.length > 0 && (
            <div className="mb-2 flex items-center gap-2 rounded-md border border-accent/30 bg-accent-soft/50 px-3 py-1.5 text-[13px]" data-testid="images-batch-bar">
              <span className="font-medium">{t("images.batch.selected", { count: chosen.length })}</span>
              {(["export", "delete"] as const).map((op) => {
                const { eligible, skipped } = batch(op);
                return (
                  <Button
                    key={op}
                    size="sm"
                    variant={op === "delete" ? "danger" : "secondary"}
                    disabled={eligible.length === 0}
                    title={skipped ? t("images.batch.skipped", { count: skipped }) : undefined}
                    onClick={() => setDialog({ kind: op, images: eligible })}
                    data-testid={`images-batch-${op}`}
                  >
                    {t(`images.op.${op}`)} ({eligible.length})
                  </Button>
                );
              })}
              <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
                {t("images.batch.clear")}
              </Button>
            </div>
          )}
          <Card className="overflow-hidden">
            {error ? (
              <div className="space-y-3 p-4">
                <CloudErrorPanel t={t} error={error} title={t("images.error.title")} />
                <Button onClick={() => list.refetch()}>{t("common.retry")}</Button>
              </div>
            ) : !list.data ? (
              <p role="status" className="px-4 py-8 text-center text-[13px] text-muted">
                {t("common.loading")}
              </p>
            ) : rows.length === 0 ? (
              <EmptyState
                data-testid={`images-empty-${all.length ? "filtered" : tab}`}
                icon={<Icon name="images" className="size-5" />}
                title={all.length ? t("images.empty.filtered") : t(`images.empty.${tab}`, { region: regionName })}
                description={all.length ? undefined : t(`images.empty.${tab}Hint`)}
                action={
                  all.length ? (
                    <Button onClick={() => setParams({ q: "", platform: "", os: "", arch: "", family: "" })}>{t("images.filter.clear")}</Button>
                  ) : tab === "private" && canOperate ? (
                    <Button variant="primary" onClick={() => setDialog({ kind: "create" })}>
                      {t("images.create.open")}
                    </Button>
                  ) : undefined
                }
              />
            ) : (
              <ImageTable
                images={rows}
                tab={tab}
                accountId={accountId}
                region={region}
                canOperate={canOperate}
                selected={selected}
                onToggle={toggle}
                onToggleAll={(ids, on) => setSelected(on ? new Set([...selected, ...ids]) : new Set([...selected].filter((id) => !ids.includes(id))))}
                onAction={onAction}
                launchHref={launchHref}
              />
            )}
          </Card>
        </>
      )}
      <ImageDialogs
        state={dialog}
        accountId={accountId}
        region={region}
        language={language}
        onClose={() => setDialog(null)}
        onCreated={() => {
          setDialog(null);
          if (tab !== "private") setParams({ tab: "private" });
        }}
        onSyncStarted={(image, copies) => {
          setDialog(null);
          if (copies.length) sync.add({ sourceId: image.ImageId, sourceName: image.ImageName, fromRegion: region, startedAt: Date.now(), copies });
        }}
      />
    </>
  );
}
