"use client";

import { useLocale, useT } from "@/lib/i18n/provider";
import { usePurchaseCatalog } from "@/lib/purchase/catalog-query";
import { modifyInstancesSecurityGroups } from "@/server/actions/instances/security-groups";
import { modifyInstancesKeyPairs } from "@/server/actions/instances/key-pairs";
import { modifyInstancesVpc } from "@/server/actions/instances/vpc";
import { resetInstancesBandwidth } from "@/server/actions/instances/bandwidth";
import { ModifyInstancesVpcInput, ModifyKeyPairsInput, ModifySecurityGroupsInput, ResetBandwidthInput } from "@/lib/instances/operations/schemas";
import { TextField } from "@/components/ui/field";
import { define, type FormProps } from "../definition";
import { anyRunning, BindModeField, Check, Note } from "./controls";
import { IdListField } from "./pickers";

type SgValues = { SecurityGroups: string[] };

function SecurityGroupsForm({ values, set, ctx }: FormProps<SgValues>) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <IdListField
        id="op-security-groups"
        label={t("ops.f.securityGroups")}
        value={values.SecurityGroups}
        onChange={(SecurityGroups) => set({ SecurityGroups })}
        error={ctx.errors.SecurityGroups ?? Object.entries(ctx.errors).find(([k]) => k.startsWith("SecurityGroups."))?.[1]}
        hint={t("ops.securityGroups.hint")}
        placeholder="sg-xxxxxxxx, sg-yyyyyyyy"
      />
    </div>
  );
}

type KeyValues = { mode: "associate" | "disassociate"; KeyIds: string[]; ForceStop: boolean };

function KeyPairsForm({ values, set, ctx }: FormProps<KeyValues>) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <BindModeField
        name="op-key-mode"
        value={values.mode}
        onChange={(mode) => set({ mode })}
        hints={{ associate: t("ops.keyMode.associateHint"), disassociate: t("ops.keyMode.disassociateHint") }}
      />
      <IdListField
        id="op-key-ids"
        label={t("ops.f.keyIds")}
        value={values.KeyIds}
        onChange={(KeyIds) => set({ KeyIds })}
        error={ctx.errors.KeyIds ?? Object.entries(ctx.errors).find(([k]) => k.startsWith("KeyIds."))?.[1]}
        placeholder="skey-xxxxxxxx"
      />
      {anyRunning(ctx.targets) && (
        <Check id="op-force-stop" testId="op-force-stop" label={t("ops.f.forceStop")} hint={t("ops.forceStop.hint")} checked={values.ForceStop} onChange={(ForceStop) => set({ ForceStop })} />
      )}
    </div>
  );
}

type VpcValues = { VpcId: string; SubnetId: string; PrivateIpAddress: string; ForceStop: boolean; ReserveHostName: boolean };

function VpcForm({ values, set, ctx }: FormProps<VpcValues>) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <div className="grid grid-cols-2 gap-3">
        <TextField id="op-vpc" label={t("ops.f.vpcId")} value={values.VpcId} onChange={(e) => set({ VpcId: e.target.value.trim() })} error={ctx.errors.VpcId} className="font-mono" placeholder="vpc-xxxxxxxx" />
        <TextField id="op-subnet" label={t("ops.f.subnetId")} value={values.SubnetId} onChange={(e) => set({ SubnetId: e.target.value.trim() })} error={ctx.errors.SubnetId} className="font-mono" placeholder="subnet-xxxxxxxx" />
      </div>
      {ctx.targets.length === 1 && (
        <TextField id="op-private-ip" label={t("ops.f.privateIp")} value={values.PrivateIpAddress} onChange={(e) => set({ PrivateIpAddress: e.target.value.trim() })} error={ctx.errors.PrivateIpAddress} hint={t("ops.privateIp.hint")} className="font-mono" />
      )}
      <Note tone="warning">{t("ops.vpc.note")}</Note>
      {anyRunning(ctx.targets) && (
        <Check id="op-force-stop" testId="op-force-stop" label={t("ops.f.forceStop")} hint={t("ops.forceStop.hint")} checked={values.ForceStop} onChange={(ForceStop) => set({ ForceStop })} />
      )}
      <Check id="op-reserve-hostname" label={t("ops.f.reserveHostName")} checked={values.ReserveHostName} onChange={(ReserveHostName) => set({ ReserveHostName })} />
    </div>
  );
}

type BandwidthValues = { InternetMaxBandwidthOut: string };

function BandwidthForm({ values, set, ctx }: FormProps<BandwidthValues>) {
  const t = useT();
  const current = ctx.targets.length === 1 ? ctx.targets[0].InternetAccessible?.InternetMaxBandwidthOut : undefined;
  // How the selected instances' public traffic is billed, in Tencent's words (DescribeInternetChargeTypeConfigs).
  const catalog = usePurchaseCatalog(ctx.accountId, ctx.targets[0]?.Region || ctx.region, useLocale());
  const modes = [...new Set(ctx.targets.map((i) => i.InternetAccessible?.InternetChargeType).filter((m): m is string => !!m))];
  const described = modes.map((m) => ({ mode: m, description: catalog.data?.internetChargeTypes.find((c) => c.type === m)?.description ?? "" }));
  return (
    <div className="flex flex-col gap-3">
      <TextField
        id="op-bandwidth"
        data-testid="op-bandwidth"
        label={t("ops.f.bandwidth")}
        inputMode="numeric"
        value={values.InternetMaxBandwidthOut}
        onChange={(e) => set({ InternetMaxBandwidthOut: e.target.value.replace(/\D/g, "") })}
        error={ctx.errors.InternetMaxBandwidthOut}
        hint={current !== undefined ? t("ops.bandwidth.current", { mbps: current }) : t("ops.bandwidth.hint")}
        className="w-40"
      />
      {described.length > 0 && (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 text-xs" data-testid="op-bandwidth-billing">
          <dt className="col-span-2 text-muted">{t("ops.bandwidth.billing")}</dt>
          {described.map((d) => (
            <div key={d.mode} className="contents">
              <dd className="font-mono">{d.mode}</dd>
              <dd className="text-muted">{d.description}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

const num = (s: string) => (s === "" ? Number.NaN : Number(s));

export const networkDefinitions = [
  define<SgValues>({
    kind: "securityGroups",
    initial: (targets) => ({ SecurityGroups: targets.length === 1 ? (targets[0].SecurityGroupIds ?? []) : [] }),
    Form: SecurityGroupsForm,
    input: (v, ids) => ({ InstanceIds: ids, SecurityGroups: v.SecurityGroups }),
    schema: ModifySecurityGroupsInput,
    action: modifyInstancesSecurityGroups,
  }),
  define<KeyValues>({
    kind: "keyPairs",
    initial: () => ({ mode: "associate", KeyIds: [], ForceStop: false }),
    Form: KeyPairsForm,
    eligibility: (v) => ({ forceStop: v.ForceStop }),
    input: (v, ids) => ({ InstanceIds: ids, mode: v.mode, KeyIds: v.KeyIds, ForceStop: v.ForceStop }),
    schema: ModifyKeyPairsInput,
    action: modifyInstancesKeyPairs,
  }),
  define<VpcValues>({
    kind: "vpc",
    initial: (targets) => ({ VpcId: targets[0]?.VirtualPrivateCloud?.VpcId ?? "", SubnetId: "", PrivateIpAddress: "", ForceStop: true, ReserveHostName: false }),
    Form: VpcForm,
    eligibility: (v) => ({ forceStop: v.ForceStop }),
    input: (v, ids) => ({
      InstanceIds: ids,
      VpcId: v.VpcId,
      SubnetId: v.SubnetId,
      ...(v.PrivateIpAddress && ids.length === 1 ? { PrivateIpAddress: v.PrivateIpAddress } : {}),
      ForceStop: v.ForceStop,
      ReserveHostName: v.ReserveHostName,
    }),
    schema: ModifyInstancesVpcInput,
    action: modifyInstancesVpc,
  }),
  define<BandwidthValues>({
    kind: "bandwidth",
    initial: (targets) => ({ InternetMaxBandwidthOut: String(targets.length === 1 ? (targets[0].InternetAccessible?.InternetMaxBandwidthOut ?? "") : "") }),
    Form: BandwidthForm,
    price: (v, ids) => (v.InternetMaxBandwidthOut === "" ? null : { kind: "bandwidth", InstanceIds: ids, InternetMaxBandwidthOut: Number(v.InternetMaxBandwidthOut) }),
    input: (v, ids) => ({ InstanceIds: ids, InternetMaxBandwidthOut: num(v.InternetMaxBandwidthOut) }),
    schema: ResetBandwidthInput,
    action: resetInstancesBandwidth,
  }),
];
