"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useConfigureChcAssistMutation, useConfigureChcDeployMutation } from "@/lib/queries/hosts";
import { BOOT_TYPES, ConfigureChcAssistInput, ConfigureChcDeployInput } from "@/lib/hosts/schemas";
import type { ChcNetworkView, ChcView } from "@/lib/hosts/types";
import { actionError } from "@/lib/action-result";
import { FormDialog } from "@/components/ui/form-dialog";
import { Field, TextField } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { ActionErrorNote } from "@/components/images/action-error";
import { useZodErrors } from "@/components/images/dialogs/use-zod-errors";

const list = (s: string) => s.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);

/** The first configured network of another server in the same zone: the subnet a new server most likely joins. */
function neighbour(server: ChcView, all: ChcView[], kind: "Bmc" | "Deploy"): ChcNetworkView | null {
  return all.find((s) => s.ChcId !== server.ChcId && s.Zone === server.Zone && s[kind])?.[kind] ?? null;
}

/**
 * ConfigureChcAssistVpc (out-of-band, optionally with deploy; seed 22444) or ConfigureChcDeployVpc (deploy only,
 * seed 22657). The VPC and subnet are typed (CVM has no VPC list), prefilled from a neighbour in the same zone;
 * addresses are optional (the lowest free ones are taken).
 */
export function ChcNetworkDialog({ accountId, region, server, all, mode, onClose }: { accountId: string; region: string; server: ChcView; all: ChcView[]; mode: "assist" | "deploy"; onClose: () => void }) {
  const t = useT();
  const bmcGuess = server.Bmc ?? neighbour(server, all, "Bmc");
  const deployGuess = server.Deploy ?? neighbour(server, all, "Deploy") ?? bmcGuess;
  const [bmcVpc, setBmcVpc] = useState(bmcGuess?.VpcId ?? "");
  const [bmcSubnet, setBmcSubnet] = useState(bmcGuess?.SubnetId ?? "");
  const [bmcIp, setBmcIp] = useState("");
  const [bmcSgs, setBmcSgs] = useState("");
  const [withDeploy, setWithDeploy] = useState(mode === "deploy");
  const [vpc, setVpc] = useState(deployGuess?.VpcId ?? "");
  const [subnet, setSubnet] = useState(deployGuess?.SubnetId ?? "");
  const [ip, setIp] = useState("");
  const [sgs, setSgs] = useState("");
  const [bootType, setBootType] = useState<(typeof BOOT_TYPES)[number]>("x86_legacy");
  const [miniOs, setMiniOs] = useState("public");
  const assist = useConfigureChcAssistMutation(accountId);
  const deploy = useConfigureChcDeployMutation(accountId);
  const run = mode === "assist" ? assist : deploy;
  const deployNet = { VpcId: vpc, SubnetId: subnet, PrivateIpAddresses: ip ? [ip] : [] };
  const extra = { MiniOsType: miniOs, BootType: bootType };
  const assistInput = {
    accountId,
    region,
    ChcIds: [server.ChcId],
    Bmc: { VpcId: bmcVpc, SubnetId: bmcSubnet, PrivateIpAddresses: bmcIp ? [bmcIp] : [] },
    BmcSecurityGroupIds: list(bmcSgs),
    ...(withDeploy ? { Deploy: deployNet, DeploySecurityGroupIds: list(sgs), DeployExtra: extra } : {}),
  };
  const deployInput = { accountId, region, ChcIds: [server.ChcId], Deploy: deployNet, DeploySecurityGroupIds: list(sgs), DeployExtra: extra };
  const assistErrors = useZodErrors(ConfigureChcAssistInput, assistInput);
  const deployErrors = useZodErrors(ConfigureChcDeployInput, deployInput);
  const { errors, check } = mode === "assist" ? assistErrors : deployErrors;
  const error = actionError(run.data);
  const submit = async () => {
    if (!check()) return;
    const res = mode === "assist" ? await assist.mutateAsync(assistInput) : await deploy.mutateAsync(deployInput);
    if (res.ok) onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      size="lg"
      title={t(mode === "assist" ? "hosts.chc.op.configureAssist" : "hosts.chc.op.configureDeploy")}
      description={`${server.InstanceName} · ${server.ChcId} · ${server.Zone}`}
      testId="chc-network-dialog"
      onSubmit={submit}
      submitLabel={t("hosts.chc.configure")}
      pending={run.isPending}
      submitTestId="chc-network-submit"
    >
      <div className="grid gap-4 md:grid-cols-2">
        {mode === "assist" && (
          <fieldset className="space-y-2">
            <legend className="text-[13px] font-medium">{t("hosts.chc.bmc")}</legend>
            <TextField id="chc-bmc-vpc" label="VPC" value={bmcVpc} onChange={(e) => setBmcVpc(e.target.value.trim())} error={errors["Bmc.VpcId"]} placeholder="vpc-xxxxxxxx" />
            <TextField id="chc-bmc-subnet" label={t("hosts.chc.subnet")} value={bmcSubnet} onChange={(e) => setBmcSubnet(e.target.value.trim())} error={errors["Bmc.SubnetId"]} placeholder="subnet-xxxxxxxx" />
            <TextField id="chc-bmc-ip" label={t("hosts.chc.ip")} value={bmcIp} onChange={(e) => setBmcIp(e.target.value.trim())} error={errors["Bmc.PrivateIpAddresses.0"]} hint={t("hosts.chc.ipHint")} />
            <TextField id="chc-bmc-sgs" label={t("hosts.chc.securityGroups")} value={bmcSgs} onChange={(e) => setBmcSgs(e.target.value)} error={errors.BmcSecurityGroupIds ?? errors["BmcSecurityGroupIds.0"]} hint={t("hosts.chc.sgHint")} />
            <label className="flex items-center gap-2 pt-1 text-[13px]">
              <input type="checkbox" checked={withDeploy} onChange={(e) => setWithDeploy(e.target.checked)} data-testid="chc-with-deploy" />
              {t("hosts.chc.alsoDeploy")}
            </label>
          </fieldset>
        )}
        {withDeploy && (
          <fieldset className="space-y-2">
            <legend className="text-[13px] font-medium">{t("hosts.chc.deploy")}</legend>
            <TextField id="chc-deploy-vpc" label="VPC" value={vpc} onChange={(e) => setVpc(e.target.value.trim())} error={errors["Deploy.VpcId"]} placeholder="vpc-xxxxxxxx" />
            <TextField id="chc-deploy-subnet" label={t("hosts.chc.subnet")} value={subnet} onChange={(e) => setSubnet(e.target.value.trim())} error={errors["Deploy.SubnetId"]} placeholder="subnet-xxxxxxxx" />
            <TextField id="chc-deploy-ip" label={t("hosts.chc.ip")} value={ip} onChange={(e) => setIp(e.target.value.trim())} error={errors["Deploy.PrivateIpAddresses.0"]} hint={t("hosts.chc.ipHint")} />
            <TextField id="chc-deploy-sgs" label={t("hosts.chc.securityGroups")} value={sgs} onChange={(e) => setSgs(e.target.value)} error={errors.DeploySecurityGroupIds ?? errors["DeploySecurityGroupIds.0"]} hint={t("hosts.chc.sgHint")} />
            <div className="grid grid-cols-2 gap-2">
              <TextField id="chc-minios" label={t("hosts.chc.miniOs")} value={miniOs} onChange={(e) => setMiniOs(e.target.value.trim())} error={errors["DeployExtra.MiniOsType"]} />
              <Field id="chc-boot" label={t("hosts.chc.bootType")}>
                <Select id="chc-boot" value={bootType} onChange={(e) => setBootType(e.target.value as typeof bootType)}>
                  {BOOT_TYPES.map((b) => (
                    <option key={b} value={b}>
                      {b}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          </fieldset>
        )}
        <div className="md:col-span-2">
          <p className="mb-2 text-xs text-muted">{t("hosts.chc.configureNote")}</p>
          <ActionErrorNote error={error} />
        </div>
      </div>
    </FormDialog>
  );
}
