"use client";

import { useMemo, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import type { ActionError } from "@/lib/action-result";
import type { Locale } from "@/lib/i18n/config";
import { useHostsQuery } from "@/lib/queries/hosts";
import { usageOf } from "@/lib/hosts/capacity";
import { expiryTone } from "@/lib/hosts/expiry";
import { launchOnHostHref } from "@/lib/hosts/launch";
import type { HostView } from "@/lib/hosts/types";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";
import { AllocateHostsDialog } from "./dialogs/allocate-hosts-dialog";
import { HostAttributeDialog, type HostAttribute } from "./dialogs/host-attribute-dialog";
import { RenewHostsDialog } from "./dialogs/renew-hosts-dialog";
import { HostTable, hostRefusal, type HostOperation } from "./host-table";
import { UsageBar } from "./usage-bar";
import { useNow } from "./use-now";
import { queryError } from "@/lib/queries/query-error";

type Dialog = { kind: "allocate" } | { kind: "renew"; hosts: HostView[] } | { kind: HostAttribute; hosts: HostView[] } | null;

/** The CDH tab: a region summary (capacity used, hosts expiring), the host list, its batch bar and dialogs. */
export function CdhPanel({ accountId, region, regionName, language, canOperate, serverError, allocateOpen, onAllocateClose }: {
  accountId: string;
  region: string;
  regionName: string;
  language: Locale;
  canOperate: boolean;
  serverError: ActionError | null;
  allocateOpen: boolean;
  onAllocateClose: () => void;
}) {
  const t = useT();
  const now = useNow();
  const list = useHostsQuery(accountId, region);
  const hosts = useMemo(() => list.data?.HostSet ?? [], [list.data]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const chosen = hosts.filter((h) => selected.has(h.HostId));
  const error = list.isError ? queryError(list.error, t) : list.data ? null : serverError;
  const totals = hosts.reduce(
    (a, h) => ({ cpu: a.cpu + h.HostResource.CpuTotal, cpuFree: a.cpuFree + h.HostResource.CpuAvailable, mem: a.mem + h.HostResource.MemTotal, memFree: a.memFree + h.HostResource.MemAvailable }),
    { cpu: 0, cpuFree: 0, mem: 0, memFree: 0 },
  );
  const cpu = usageOf(totals.cpu, totals.cpuFree);
  const mem = usageOf(totals.mem, totals.memFree);
  const expiring = now === null ? 0 : hosts.filter((h) => ["expired", "soon", "month"].includes(expiryTone(h.ExpiredTime, h.HostState, now))).length;
  const onAction = (op: HostOperation, h: HostView) => setDialog(op === "renew" ? { kind: "renew", hosts: [h] } : { kind: op, hosts: [h] });
  const batch = (op: HostOperation) => chosen.filter((h) => !hostRefusal(op, h));
  const open: Dialog = allocateOpen ? { kind: "allocate" } : dialog;
  const close = () => {
    setDialog(null);
    onAllocateClose();
  };

  return (
    <>
      {hosts.length > 0 && (
        <div className="mb-3 grid gap-3 rounded-lg border border-line bg-surface px-4 py-2.5 sm:grid-cols-4" data-testid="hosts-summary">
          <div>
            <p className="text-[11px] text-muted">{t("hosts.summary.hosts")}</p>
            <p className="text-lg font-semibold tabular-nums">{hosts.length}</p>
          </div>
          {cpu && <UsageBar label={t("hosts.summary.cpu")} used={cpu.used} total={cpu.total} unit={t("hosts.unit.cores")} percent={cpu.percent} tone={cpu.tone} className="self-center" />}
          {mem && <UsageBar label={t("hosts.summary.memory")} used={mem.used} total={mem.total} unit="GiB" percent={mem.percent} tone={mem.tone} className="self-center" />}
          <div>
            <p className="text-[11px] text-muted">{t("hosts.summary.expiring")}</p>
            <p className={expiring ? "text-lg font-semibold text-amber-700 tabular-nums dark:text-amber-300" : "text-lg font-semibold tabular-nums"} data-testid="hosts-expiring">
              {expiring}
            </p>
          </div>
        </div>
      )}
      {canOperate && chosen.length > 0 && (
        <div className="mb-2 flex items-center gap-2 rounded-md border border-accent/30 bg-accent-soft/50 px-3 py-1.5 text-[13px]" data-testid="hosts-batch-bar">
          <span className="font-medium">{t("hosts.batch.selected", { count: chosen.length })}</span>
          <Button size="sm" onClick={() => setDialog({ kind: "renew", hosts: batch("renew") })} disabled={batch("renew").length === 0} data-testid="hosts-batch-renew">
            {t("hosts.op.renew")} ({batch("renew").length})
          </Button>
          <Button size="sm" onClick={() => setDialog({ kind: "renewFlag", hosts: batch("renewFlag") })} disabled={batch("renewFlag").length === 0}>
            {t("hosts.op.renewFlag")} ({batch("renewFlag").length})
          </Button>
          <Button size="sm" onClick={() => setDialog({ kind: "project", hosts: batch("project") })} disabled={batch("project").length === 0}>
            {t("hosts.op.project")} ({batch("project").length})
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
            {t("images.batch.clear")}
          </Button>
        </div>
      )}
      <Card className="overflow-hidden">
        {error ? (
          <div className="space-y-3 p-4">
            <CloudErrorPanel t={t} error={error} title={t("hosts.error.title")} />
            <Button onClick={() => list.refetch()}>{t("common.retry")}</Button>
          </div>
        ) : !list.data ? (
          <p role="status" className="px-4 py-8 text-center text-[13px] text-muted">
            {t("common.loading")}
          </p>
        ) : hosts.length === 0 ? (
          <EmptyState
            data-testid="hosts-empty"
            icon={<Icon name="hosts" className="size-5" />}
            title={t("hosts.empty.title", { region: regionName })}
            description={t("hosts.empty.description")}
            action={canOperate ? <Button variant="primary" onClick={() => setDialog({ kind: "allocate" })}>{t("hosts.allocate.open")}</Button> : undefined}
          />
        ) : (
          <HostTable
            hosts={hosts}
            canOperate={canOperate}
            selected={selected}
            onToggle={(id) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])))}
            onToggleAll={(ids, on) => setSelected(on ? new Set(ids) : new Set())}
            onAction={onAction}
            launchHref={(h) => launchOnHostHref(region, h)}
          />
        )}
      </Card>
      {open?.kind === "allocate" && <AllocateHostsDialog accountId={accountId} region={region} language={language} hosts={hosts} onClose={close} onAllocated={close} />}
      {open?.kind === "renew" && <RenewHostsDialog accountId={accountId} region={region} hosts={open.hosts} onClose={close} />}
      {(open?.kind === "rename" || open?.kind === "project" || open?.kind === "renewFlag") && <HostAttributeDialog accountId={accountId} region={region} hosts={open.hosts} attribute={open.kind} onClose={close} />}
    </>
  );
}
