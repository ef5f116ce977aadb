"use client";

import { Fragment, useState } from "react";
import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { isChcState, isDenied, type ChcAction } from "@/lib/hosts/chc";
import type { ChcNetworkView, ChcView } from "@/lib/hosts/types";
import { cn } from "@/lib/cn";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { RowMenu } from "@/components/images/row-menu";
import { ChcDetail } from "./chc-detail";

export type ChcOperation = "configureAssist" | "configureDeploy" | "removeAssist" | "removeDeploy" | "attributes";
export const CHC_OPERATION_ACTION: Record<ChcOperation, ChcAction> = {
  configureAssist: "ConfigureChcAssistVpc",
  configureDeploy: "ConfigureChcDeployVpc",
  removeAssist: "RemoveChcAssistVpc",
  removeDeploy: "RemoveChcDeployVpc",
  attributes: "ModifyChcAttribute",
};

const TONE: Record<string, BadgeTone> = { INIT: "neutral", READY: "accent", PREPARED: "success", ONLINE: "success", OPERATING: "accent", CLEAR_NETWORK_FAILED: "danger" };

export function ChcStateBadge({ state }: { state: string }) {
  const t = useT();
  return (
    <Badge tone={TONE[state] ?? "neutral"} dot className={state === "OPERATING" ? "[&>span]:animate-pulse" : undefined} title={isChcState(state) ? t(`hosts.chc.stateHint.${state}`) : undefined} data-testid="chc-state" data-state={state}>
      {isChcState(state) ? t(`hosts.chc.state.${state}`) : state}
    </Badge>
  );
}

function NetworkCell({ n, testId }: { n: ChcNetworkView | null; testId: string }) {
  const t = useT();
  if (!n) return <span className="text-muted" data-testid={testId} data-configured="false">{t("hosts.chc.notConfigured")}</span>;
  return (
    <span className="block leading-tight" data-testid={testId} data-configured="true" title={`${n.VpcId} / ${n.SubnetId}`}>
      <span className="font-mono text-xs">{n.Ip}</span>
      <span className="block font-mono text-[11px] whitespace-nowrap text-muted">{n.SubnetId}</span>
    </span>
  );
}

/** CHC physical servers: state, both networks, the CVM on it; what the state denies is shown, never hidden. */
export function ChcTable({ servers, canOperate, deniedKnown, onAction }: { servers: ChcView[]; canOperate: boolean; deniedKnown: boolean; onAction: (op: ChcOperation, server: ChcView) => void }) {
  const t = useT();
  const [open, setOpen] = useState<string | null>(null);
  const cols = 7 + (canOperate ? 1 : 0);
  const reason = (op: ChcOperation, s: ChcView) =>
    deniedKnown && isDenied(s.DenyActions, CHC_OPERATION_ACTION[op]) ? t("hosts.chc.denied", { state: isChcState(s.InstanceState) ? t(`hosts.chc.state.${s.InstanceState}`) : s.InstanceState }) : null;
  return (
    <Table data-testid="chc-table">
      <THead>
        <tr>
          <Th>{t("hosts.col.name")}</Th>
          <Th>{t("hosts.col.state")}</Th>
          <Th>{t("hosts.chc.device")}</Th>
          <Th>{t("hosts.col.zone")}</Th>
          <Th>{t("hosts.chc.bmc")}</Th>
          <Th>{t("hosts.chc.deploy")}</Th>
          <Th>{t("hosts.chc.cvm")}</Th>
          {canOperate && <Th className="text-right">{t("common.actions")}</Th>}
        </tr>
      </THead>
      <TBody>
        {servers.map((s) => {
          const expanded = open === s.ChcId;
          return (
            <Fragment key={s.ChcId}>
              <Tr data-testid="chc-row" data-id={s.ChcId} data-state={s.InstanceState}>
                <Td className="max-w-56">
                  <button type="button" onClick={() => setOpen(expanded ? null : s.ChcId)} aria-expanded={expanded} className="group flex max-w-full items-start gap-1.5 text-left" data-testid="chc-expand">
                    <svg aria-hidden viewBox="0 0 16 16" className={cn("mt-1 size-3 shrink-0 text-muted transition-transform", expanded && "rotate-90")} fill="none" stroke="currentColor" strokeWidth="1.8">
                      <path d="M6 4l4 4-4 4" />
                    </svg>
                    <span className="min-w-0">
                      <span className="block truncate font-medium group-hover:text-accent">{s.InstanceName || s.ChcId}</span>
                      <span className="block font-mono text-[11px] text-muted">{s.ChcId}</span>
                    </span>
                  </button>
                </Td>
                <Td>
                  <ChcStateBadge state={s.InstanceState} />
                  {s.LatestOperationState === "OPERATING" && <span className="block text-[11px] text-muted">{s.LatestOperationName || s.LatestOperation}</span>}
                  {s.LatestOperationState === "FAILED" && <span className="block text-[11px] text-red-700 dark:text-red-300">{s.LatestOperationErrorCode}</span>}
                </Td>
                <Td>
                  <span className="font-mono text-xs">{s.DeviceType}</span>
                  <span className="block text-[11px] text-muted">{s.HardwareDescription}</span>
                </Td>
                <Td className="whitespace-nowrap text-muted">{s.Zone}</Td>
                <Td>
                  <NetworkCell n={s.Bmc} testId="chc-bmc" />
                </Td>
                <Td>
                  <NetworkCell n={s.Deploy} testId="chc-deploy" />
                </Td>
                <Td>
                  {s.CvmInstanceId ? (
                    <Link href={`/instances/${s.CvmInstanceId}`} className="font-mono text-xs text-accent hover:underline">
                      {s.CvmInstanceId}
                    </Link>
                  ) : (
                    <span className="text-muted">—</span>
                  )}
                </Td>
                {canOperate && (
                  <Td className="text-right">
                    <RowMenu
                      testId="chc-row-actions"
                      label={t("hosts.rowActions", { id: s.ChcId })}
                      items={(Object.keys(CHC_OPERATION_ACTION) as ChcOperation[]).map((op) => ({ id: op, label: t(`hosts.chc.op.${op}`), disabledReason: reason(op, s), danger: op.startsWith("remove") }))}
                      onSelect={(op) => onAction(op as ChcOperation, s)}
                    />
                  </Td>
                )}
              </Tr>
              {expanded && (
                <tr className="bg-subtle/40">
                  <td colSpan={cols}>
                    <ChcDetail server={s} />
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
