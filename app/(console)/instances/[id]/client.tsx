"use client";

import { useEffect, useMemo } from "react";
import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import type { Locale } from "@/lib/i18n/config";
import type { ActionError } from "@/lib/action-result";
import { hasRole, type Role } from "@/lib/roles";
import { useInstanceDetailQuery } from "@/lib/queries/instances";
import { useInstanceStatus } from "@/lib/status/use-instance-status";
import { freshnessOf } from "@/lib/status/types";
import { Button, buttonClass } from "@/components/ui/button";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";
import { Freshness } from "@/components/status/freshness";
import { withLive } from "@/lib/instances/with-live";
import { HAS_OPERATIONS, InstanceRowActions } from "@/components/instances/operations-slot";
import { StateBadge } from "@/components/instances/state-badge";
import { TableSkeleton } from "@/components/instances/table-skeleton";
import { AccessCard, BillingCard, ConfigurationCard, DisksCard, NetworkCard, TagsCard } from "@/components/instances/detail/detail-sections";
import { HistoryTable } from "@/components/instances/detail/history-table";
import { LatestOperationCard } from "@/components/instances/detail/latest-operation-card";
import { VncButton } from "@/components/instances/detail/vnc-button";
import { UserDataCard } from "@/components/instances/detail/user-data-card";
import { BandwidthHistoryCard } from "@/components/instances/detail/bandwidth-history-card";
import { hasBandwidthConfigs } from "@/lib/instances/detail-extras";
import { queryError } from "@/lib/queries/query-error";

type Props = { accountId: string; region: string; instanceId: string; role: Role; language: Locale; serverError: ActionError | null };

export function InstanceDetailClient({ accountId, region, instanceId, role, serverError }: Props) {
  const t = useT();
  const query = useInstanceDetailQuery(accountId, region, instanceId);
  const ids = useMemo(() => [instanceId], [instanceId]);
  const status = useInstanceStatus(accountId, region, ids);
  const live = status.byId.get(instanceId);
  const listed = query.data?.Instance;
  const instance = useMemo(() => (listed ? { ...listed, ...withLive(listed, live) } : undefined), [listed, live]);
  const operator = hasRole(role, "operator");
  const { refetch } = query;

  // When the live state moves on (an operation finished), re-read the rest: disks, IPs, type may have changed.
  const liveKey = live ? `${live.InstanceState}|${live.LatestOperation}|${live.LatestOperationState}` : "";
  useEffect(() => {
    if (!liveKey || !listed) return;
    if (liveKey !== `${listed.InstanceState}|${listed.LatestOperation}|${listed.LatestOperationState}`) void refetch();
  }, [liveKey, listed, refetch]);

  const error = query.isError ? queryError(query.error, t) : query.data ? null : serverError;
  const state = live && live.InstanceState === null ? null : instance?.InstanceState;

  return (
    <>
      <nav className="mb-2 text-xs">
        <Link href="/instances" className="text-muted hover:text-accent" data-testid="back-to-list">
          ← {t("nav.instances")}
        </Link>
      </nav>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-2 text-lg font-semibold tracking-tight" data-testid="instance-title">
            {instance?.InstanceName || t("instances.unnamed")}
            {instance && <StateBadge t={t} state={state} />}
          </h1>
          <p className="mt-0.5 flex flex-wrap items-center gap-x-3 text-xs text-muted">
            <span className="font-mono text-fg select-all" data-testid="instance-id">
              {instanceId}
            </span>
            <span className="font-mono">{region}</span>
            <Freshness asOf={freshnessOf(live, status.health.asOf)} stale={status.health.state === "stale"} />
          </p>
        </div>
        <div className="flex items-center gap-2">
          {operator && <VncButton instanceId={instanceId} region={region} disabled={state !== "RUNNING"} />}
          {operator && HAS_OPERATIONS && instance && (
            <InstanceRowActions instance={instance} accountId={accountId} region={region} role={role} label={t("instances.detail.operations")} />
          )}
          {operator && (
            <Link href={`/instances/new?from=${instanceId}&region=${encodeURIComponent(region)}`} className={buttonClass("secondary")} data-testid="buy-same">
              {t("instances.detail.buySame")}
            </Link>
          )}
          <Button variant="secondary" onClick={() => refetch()} disabled={query.isFetching} data-testid="detail-refresh">
            {t("instances.refresh")}
          </Button>
        </div>
      </div>

      {error && (
        <div className="mb-4 space-y-3">
          <CloudErrorPanel t={t} error={error} title={t("instances.detail.error")} />
          <Button variant="secondary" onClick={() => refetch()}>
            {t("common.retry")}
          </Button>
        </div>
      )}
      {!instance && !error && <TableSkeleton rows={6} />}
      {instance && (
        <div className="grid items-start gap-4 xl:grid-cols-2">
          <div className="space-y-4">
            <ConfigurationCard i={instance} />
            <DisksCard i={instance} />
            <TagsCard i={instance} />
            <UserDataCard accountId={accountId} region={region} instanceId={instanceId} canReveal={operator} />
          </div>
          <div className="space-y-4">
            <LatestOperationCard i={instance} />
            <NetworkCard i={instance} />
            <AccessCard i={instance} />
            <BillingCard i={instance} />
            {hasBandwidthConfigs(instance.InternetAccessible?.InternetChargeType) && (instance.PublicIpAddresses?.length ?? 0) > 0 && (
              <BandwidthHistoryCard accountId={accountId} region={region} instanceId={instanceId} />
            )}
          </div>
          <div className="xl:col-span-2">
            <HistoryTable entries={query.data?.history ?? []} />
          </div>
        </div>
      )}
    </>
  );
}
