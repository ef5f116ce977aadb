"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import type { HpcClusterRow } from "@/lib/hpc/types";
import { useHpcClustersQuery } from "@/lib/queries/hpc";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/shell/page-header";
import { ListState } from "@/components/resources/list-state";
import { useRegionName } from "@/components/resources/region-name";
import type { ResourcePageProps } from "@/components/resources/resource-page";
import { DeleteHpcClusterDialog, HpcClusterDialog } from "@/components/hpc/dialogs";
import { HpcClusterTable } from "@/components/hpc/hpc-table";

type Open = { kind: "create" } | { kind: "edit" | "delete"; cluster: HpcClusterRow } | null;

export function HpcClustersClient({ accountId, region, language, canWrite, serverError }: ResourcePageProps) {
  const t = useT();
  const query = useHpcClustersQuery(accountId, region);
  const regionName = useRegionName(accountId, language, region);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <>
      <PageHeader
        title={t("nav.hpcClusters")}
        description={t("page.hpc-clusters.description")}
        actions={
          canWrite && (
            <Button variant="primary" onClick={() => setOpen({ kind: "create" })} data-testid="hpc-cluster-create">
              {t("hpc.create")}
            </Button>
          )
        }
      />
      <Card>
        <CardHeader title={t("hpc.listTitle", { region: regionName })} description={query.data ? t("hpc.count", { count: query.data.TotalCount }) : undefined} />
        <ListState
          query={query}
          initialError={serverError}
          isEmpty={(d) => d.HpcClusterSet.length === 0}
          empty={{ icon: <Icon name="hpc-clusters" className="size-5" />, title: t("hpc.empty.title"), description: t("hpc.empty.description"), testId: "hpc-clusters-empty" }}
        >
          {(d) => <HpcClusterTable rows={d.HpcClusterSet} region={region} canWrite={canWrite} onAction={(kind, cluster) => setOpen({ kind, cluster })} />}
        </ListState>
      </Card>
      {canWrite && open?.kind === "create" && <HpcClusterDialog accountId={accountId} region={region} onClose={close} />}
      {canWrite && open?.kind === "edit" && <HpcClusterDialog accountId={accountId} region={region} cluster={open.cluster} onClose={close} />}
      {canWrite && open?.kind === "delete" && <DeleteHpcClusterDialog accountId={accountId} region={region} cluster={open.cluster} onClose={close} />}
    </>
  );
}
