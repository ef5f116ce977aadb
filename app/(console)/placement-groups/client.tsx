"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import type { PlacementGroupRow } from "@/lib/placement-groups/types";
import { usePlacementGroupsQuery } from "@/lib/queries/placement-groups";
import { usage } from "@/lib/quotas/usage";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/shell/page-header";
import { ListState } from "@/components/resources/list-state";
import { useRegionName } from "@/components/resources/region-name";
import type { ResourcePageProps } from "@/components/resources/resource-page";
import { UsageBar } from "@/components/resources/usage-bar";
import { CreatePlacementGroupDialog, DeletePlacementGroupDialog, RenamePlacementGroupDialog } from "@/components/placement-groups/dialogs";
import { PlacementGroupTable } from "@/components/placement-groups/placement-group-table";

type Open = { kind: "create" } | { kind: "rename" | "delete"; group: PlacementGroupRow } | null;

export function PlacementGroupsClient({ accountId, region, language, canWrite, serverError }: ResourcePageProps) {
  const t = useT();
  const query = usePlacementGroupsQuery(accountId, region);
  const regionName = useRegionName(accountId, language, region);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const quota = query.data?.Quota;
  const full = quota ? quota.GroupQuota > 0 && quota.CurrentNum >= quota.GroupQuota : false;

  return (
    <>
      <PageHeader
        title={t("nav.placementGroups")}
        description={t("page.placement-groups.description")}
        actions={
          canWrite && (
            <Button variant="primary" onClick={() => setOpen({ kind: "create" })} disabled={full} title={full ? t("placementGroups.quotaFull") : undefined} data-testid="placement-group-create">
              {t("placementGroups.create")}
            </Button>
          )
        }
      />
      {quota && (
        <div className="mb-4 grid gap-4 rounded-lg border border-line bg-surface px-4 py-3 text-[13px] sm:grid-cols-[minmax(0,20rem)_1fr]" data-testid="placement-group-quota">
          <div>
            <div className="mb-1 text-xs text-muted">{t("placementGroups.quota.groups")}</div>
            <UsageBar usage={usage(quota.CurrentNum, quota.GroupQuota)} label={t("placementGroups.quota.groups")} />
          </div>
          <div>
            <div className="mb-1 text-xs text-muted">{t("placementGroups.quota.perGroup")}</div>
            <div className="flex flex-wrap gap-x-5 gap-y-1">
              <span>{t("placementGroups.type.HOST")} <b className="tabular-nums">{quota.CvmInHostGroupQuota}</b></span>
              <span>{t("placementGroups.type.SW")} <b className="tabular-nums">{quota.CvmInSwitchGroupQuota}</b></span>
              <span>{t("placementGroups.type.RACK")} <b className="tabular-nums">{quota.CvmInRackGroupQuota}</b></span>
            </div>
          </div>
        </div>
      )}
      <Card>
        <CardHeader title={t("placementGroups.listTitle", { region: regionName })} description={query.data ? t("placementGroups.count", { count: query.data.TotalCount }) : undefined} />
        <ListState
          query={query}
          initialError={serverError}
          isEmpty={(d) => d.DisasterRecoverGroupSet.length === 0}
          empty={{ icon: <Icon name="placement-groups" className="size-5" />, title: t("placementGroups.empty.title"), description: t("placementGroups.empty.description"), testId: "placement-groups-empty" }}
        >
          {(d) => <PlacementGroupTable rows={d.DisasterRecoverGroupSet} region={region} canWrite={canWrite} onAction={(kind, group) => setOpen({ kind, group })} />}
        </ListState>
      </Card>
      {canWrite && open?.kind === "create" && <CreatePlacementGroupDialog accountId={accountId} region={region} quota={quota} onClose={close} />}
      {canWrite && open?.kind === "rename" && <RenamePlacementGroupDialog accountId={accountId} region={region} group={open.group} onClose={close} />}
      {canWrite && open?.kind === "delete" && <DeletePlacementGroupDialog accountId={accountId} region={region} group={open.group} onClose={close} />}
    </>
  );
}
