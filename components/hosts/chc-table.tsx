"use client";

import { useState } from "react";
import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { isChcState, isDenied, type ChcAction } from "@/lib/hosts/chc";
import type { ChcNetworkView, ChcView } from "@/lib/hosts/types";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { RowExpander } from "@/components/ui/row-expander";
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
  const reason = (op: ChcOperation, s: ChcView) =>
    deniedKnown && isDenied(s.DenyActions, CHC_OPERATION_ACTION[op]) ? t("hosts.chc.denied", { state: isChcState(s.InstanceState) ? t(`hosts.chc.state.${s.InstanceState}`) : s.InstanceState }) : null;
  return (
    <DataTable
      testId="chc-table"
      dense
      rows={servers}
      rowKey={(s) => s.ChcId}
      rowProps={(s) => ({ "data-testid": "chc-row", "data-id": s.ChcId, "data-state": s.InstanceState })}
      columns={[
        {
          id: "name",
          header: t("hosts.col.name"),
          className: "max-w-56",
          sortValue: (s) => s.InstanceName || s.ChcId,
          cell: (s) => <RowExpander expanded={open === s.ChcId} onToggle={() => setOpen(open === s.ChcId ? null : s.ChcId)} name={s.InstanceName || s.ChcId} id={s.ChcId} testId="chc-expand" />,
        },
        {
          id: "state",
          header: t("hosts.col.state"),
          sortValue: (s) => s.InstanceState,
          cell: (s) => (
            <>
              <ChcStateBadge state={s.InstanceState} />
              {s.LatestOperationState === "OPERATING" && <span className="block text-[11px] text-muted">{s.LatestOperationName || s.LatestOperation}</span>}
              {s.LatestOperationState === "FAILED" && <span className="block text-[11px] text-red-700 dark:text-red-300">{s.LatestOperationErrorCode}</span>}
            </>
          ),
        },
        {
          id: "device",
          header: t("hosts.chc.device"),
          sortValue: (s) => s.DeviceType,
          cell: (s) => (
            <>
              <span className="font-mono text-xs">{s.DeviceType}</span>
              <span className="block text-[11px] text-muted">{s.HardwareDescription}</span>
            </>
          ),
        },
        { id: "zone", header: t("hosts.col.zone"), className: "whitespace-nowrap text-muted", sortValue: (s) => s.Zone, cell: (s) => s.Zone },
        { id: "bmc", header: t("hosts.chc.bmc"), sortValue: (s) => s.Bmc?.Ip, cell: (s) => <NetworkCell n={s.Bmc} testId="chc-bmc" /> },
        { id: "deploy", header: t("hosts.chc.deploy"), sortValue: (s) => s.Deploy?.Ip, cell: (s) => <NetworkCell n={s.Deploy} testId="chc-deploy" /> },
        {
          id: "cvm",
          header: t("hosts.chc.cvm"),
          sortValue: (s) => s.CvmInstanceId,
          cell: (s) =>
            s.CvmInstanceId && (
              <Link href={`/instances/${s.CvmInstanceId}`} className="font-mono text-xs text-accent hover:underline">
                {s.CvmInstanceId}
              </Link>
            ),
        },
      ]}
      actions={
        canOperate
          ? (s) => (
              <RowMenu
                testId="chc-row-actions"
                label={t("hosts.rowActions", { id: s.ChcId })}
                items={(Object.keys(CHC_OPERATION_ACTION) as ChcOperation[]).map((op) => ({ id: op, label: t(`hosts.chc.op.${op}`), disabledReason: reason(op, s), danger: op.startsWith("remove") }))}
                onSelect={(op) => onAction(op as ChcOperation, s)}
              />
            )
          : undefined
      }
      detail={(s) => open === s.ChcId && <ChcDetail server={s} />}
    />
  );
}
