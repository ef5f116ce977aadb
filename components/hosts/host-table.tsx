"use client";

import { useState } from "react";
import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import type { HostView } from "@/lib/hosts/types";
import { HOST_RENEW_FLAGS } from "@/lib/hosts/schemas";
import { cn } from "@/lib/cn";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { RowExpander } from "@/components/ui/row-expander";
import { RowMenu } from "@/components/images/row-menu";
import { CapacityBars } from "./capacity-cells";
import { ExpiryCell } from "./expiry-cell";
import { HostInstances } from "./host-instances";
import { HostStateBadge } from "./host-state";

const isRenewFlag = (f: string): f is (typeof HOST_RENEW_FLAGS)[number] => (HOST_RENEW_FLAGS as readonly string[]).includes(f);

export type HostOperation = "rename" | "project" | "renewFlag" | "renew";
const OPERATIONS: HostOperation[] = ["rename", "project", "renewFlag", "renew"];

/**
 * Why an operation is unavailable for a host, as an i18n key suffix, or null. Renewal and its price only apply to
 * RUNNING and EXPIRED hosts (RenewHosts InvalidHost.NotSupported otherwise); nothing applies while a host is delivered.
 */
export function hostRefusal(op: HostOperation | "launch", h: HostView): "pending" | "failed" | "notRunning" | "full" | null {
  if (h.HostState === "PENDING") return "pending";
  if (h.HostState === "LAUNCH_FAILURE") return "failed";
  if (op === "launch") {
    if (h.HostState !== "RUNNING") return "notRunning";
    return h.HostResource.CpuAvailable <= 0 || h.HostResource.MemAvailable <= 0 ? "full" : null;
  }
  return null;
}

export function HostTable({ hosts, canOperate, selected, onToggle, onToggleAll, onAction, launchHref }: {
  hosts: HostView[];
  canOperate: boolean;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (ids: string[], on: boolean) => void;
  onAction: (op: HostOperation, host: HostView) => void;
  launchHref: (host: HostView) => string;
}) {
  const t = useT();
  const [open, setOpen] = useState<string | null>(null);
  const ids = hosts.map((h) => h.HostId);
  const allOn = ids.length > 0 && ids.every((id) => selected.has(id));
  const renewFlag = (h: HostView) => (isRenewFlag(h.RenewFlag) ? t(`hosts.renewFlag.short.${h.RenewFlag}`) : h.RenewFlag);
  return (
    <DataTable
      testId="host-table"
      dense
      rows={hosts}
      rowKey={(h) => h.HostId}
      rowProps={(h) => ({ "data-testid": "host-row", "data-id": h.HostId, "data-state": h.HostState, className: cn(selected.has(h.HostId) && "bg-accent-soft/40") })}
      columns={[
        canOperate && {
          id: "select",
          width: "w-8",
          header: <input type="checkbox" aria-label={t("hosts.selectAll")} checked={allOn} onChange={(e) => onToggleAll(ids, e.target.checked)} />,
          cell: (h) => <input type="checkbox" aria-label={t("hosts.select", { id: h.HostId })} checked={selected.has(h.HostId)} onChange={() => onToggle(h.HostId)} data-testid="host-select" />,
        },
        {
          id: "name",
          header: t("hosts.col.name"),
          className: "max-w-44",
          sortValue: (h) => h.HostName || h.HostId,
          cell: (h) => <RowExpander expanded={open === h.HostId} onToggle={() => setOpen(open === h.HostId ? null : h.HostId)} name={h.HostName || h.HostId} id={h.HostId} testId="host-expand" />,
        },
        { id: "state", header: t("hosts.col.state"), sortValue: (h) => h.HostState, cell: (h) => <HostStateBadge state={h.HostState} /> },
        {
          id: "typeZone",
          header: t("hosts.col.typeZone"),
          className: "whitespace-nowrap",
          sortValue: (h) => h.HostType,
          cell: (h) => (
            <>
              <span className="font-mono text-xs">{h.HostType}</span>
              <span className="block text-[11px] text-muted">
                {h.Zone}
                {h.ProjectId > 0 && ` · ${t("hosts.project", { id: h.ProjectId })}`}
              </span>
            </>
          ),
        },
        { id: "capacity", header: t("hosts.col.capacity"), title: t("hosts.col.capacityHint"), className: "py-1.5", cell: (h) => <CapacityBars resource={h.HostResource} hostId={h.HostId} /> },
        {
          id: "instances",
          header: t("hosts.col.instances"),
          align: "right",
          className: "tabular-nums",
          cellProps: () => ({ "data-testid": "host-instance-count" }),
          sortValue: (h) => h.InstanceIds.length,
          cell: (h) => h.InstanceIds.length,
        },
        { id: "expiry", header: t("hosts.col.expiry"), sortValue: (h) => h.ExpiredTime, cell: (h) => <ExpiryCell expiredTime={h.ExpiredTime} state={h.HostState} /> },
        {
          id: "renewFlag",
          header: t("hosts.col.renewFlag"),
          className: "text-xs whitespace-nowrap",
          cellProps: (h) => ({ "data-testid": "host-renew-flag", "data-flag": h.RenewFlag }),
          sortValue: renewFlag,
          cell: renewFlag,
        },
      ]}
      actions={
        canOperate
          ? (h) => {
              const launchBlocked = hostRefusal("launch", h);
              return (
                <span className="inline-flex items-center gap-1">
                  {launchBlocked ? (
                    <span className={buttonClass("ghost", "sm", "cursor-not-allowed opacity-50")} title={t(`hosts.reason.${launchBlocked}`)} aria-disabled>
                      {t("hosts.launch")}
                    </span>
                  ) : (
                    <Link href={launchHref(h)} className={buttonClass("ghost", "sm", "text-accent")} title={t("hosts.launchHint")} data-testid="host-launch">
                      {t("hosts.launch")}
                    </Link>
                  )}
                  <RowMenu
                    testId="host-row-actions"
                    label={t("hosts.rowActions", { id: h.HostId })}
                    items={OPERATIONS.map((op) => {
                      const r = hostRefusal(op, h);
                      return { id: op, label: t(`hosts.op.${op}`), disabledReason: r ? t(`hosts.reason.${r}`) : null };
                    })}
                    onSelect={(op) => onAction(op as HostOperation, h)}
                  />
                </span>
              );
            }
          : undefined
      }
      detail={(h) => open === h.HostId && <HostInstances host={h} />}
    />
  );
}
