"use client";

import { Fragment, useState } from "react";
import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import type { HostView } from "@/lib/hosts/types";
import { HOST_RENEW_FLAGS } from "@/lib/hosts/schemas";
import { cn } from "@/lib/cn";
import { buttonClass } from "@/components/ui/button";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
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
  const cols = 7 + (canOperate ? 2 : 0);
  return (
    <Table data-testid="host-table">
      <THead>
        <tr>
          {canOperate && (
            <Th className="w-8">
              <input type="checkbox" aria-label={t("hosts.selectAll")} checked={allOn} onChange={(e) => onToggleAll(ids, e.target.checked)} />
            </Th>
          )}
          <Th>{t("hosts.col.name")}</Th>
          <Th>{t("hosts.col.state")}</Th>
          <Th>{t("hosts.col.typeZone")}</Th>
          <Th title={t("hosts.col.capacityHint")}>{t("hosts.col.capacity")}</Th>
          <Th className="text-right">{t("hosts.col.instances")}</Th>
          <Th>{t("hosts.col.expiry")}</Th>
          <Th>{t("hosts.col.renewFlag")}</Th>
          {canOperate && <Th className="text-right">{t("common.actions")}</Th>}
        </tr>
      </THead>
      <TBody>
        {hosts.map((h) => {
          const expanded = open === h.HostId;
          const launchBlocked = hostRefusal("launch", h);
          return (
            <Fragment key={h.HostId}>
              <Tr data-testid="host-row" data-id={h.HostId} data-state={h.HostState} className={cn(selected.has(h.HostId) && "bg-accent-soft/40")}>
                {canOperate && (
                  <Td>
                    <input type="checkbox" aria-label={t("hosts.select", { id: h.HostId })} checked={selected.has(h.HostId)} onChange={() => onToggle(h.HostId)} data-testid="host-select" />
                  </Td>
                )}
                <Td className="max-w-52">
                  <button type="button" onClick={() => setOpen(expanded ? null : h.HostId)} aria-expanded={expanded} className="group flex max-w-full items-start gap-1.5 text-left" data-testid="host-expand">
                    <svg aria-hidden viewBox="0 0 16 16" className={cn("mt-1 size-3 shrink-0 text-muted transition-transform", expanded && "rotate-90")} fill="none" stroke="currentColor" strokeWidth="1.8">
                      <path d="M6 4l4 4-4 4" />
                    </svg>
                    <span className="min-w-0">
                      <span className="block truncate font-medium group-hover:text-accent">{h.HostName || h.HostId}</span>
                      <span className="block font-mono text-[11px] whitespace-nowrap text-muted">{h.HostId}</span>
                    </span>
                  </button>
                </Td>
                <Td>
                  <HostStateBadge state={h.HostState} />
                </Td>
                <Td className="whitespace-nowrap">
                  <span className="font-mono text-xs">{h.HostType}</span>
                  <span className="block text-[11px] text-muted">
                    {h.Zone}
                    {h.ProjectId > 0 && ` · ${t("hosts.project", { id: h.ProjectId })}`}
                  </span>
                </Td>
                <Td className="py-1.5">
                  <CapacityBars resource={h.HostResource} hostId={h.HostId} />
                </Td>
                <Td className="text-right tabular-nums" data-testid="host-instance-count">
                  {h.InstanceIds.length}
                </Td>
                <Td>
                  <ExpiryCell expiredTime={h.ExpiredTime} state={h.HostState} />
                </Td>
                <Td className="text-xs whitespace-nowrap" data-testid="host-renew-flag" data-flag={h.RenewFlag}>
                  {isRenewFlag(h.RenewFlag) ? t(`hosts.renewFlag.short.${h.RenewFlag}`) : h.RenewFlag || "—"}
                </Td>
                {canOperate && (
                  <Td className="text-right whitespace-nowrap">
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
                  </Td>
                )}
              </Tr>
              {expanded && (
                <tr className="bg-subtle/40">
                  <td colSpan={cols}>
                    <HostInstances host={h} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </TBody>
    </Table>
  );
}
