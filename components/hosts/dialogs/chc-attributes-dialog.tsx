"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useModifyChcMutation } from "@/lib/queries/hosts";
import { ModifyChcInput } from "@/lib/hosts/schemas";
import type { ChcView } from "@/lib/hosts/types";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { ActionErrorNote } from "@/components/images/action-error";
import { useZodErrors } from "@/components/images/dialogs/use-zod-errors";

/** ModifyChcAttribute (seed 23048–23232): only what changed is sent; the BMC password is never shown or audited. */
export function ChcAttributesDialog({ accountId, region, server, deviceTypes, onClose }: { accountId: string; region: string; server: ChcView; deviceTypes: string[]; onClose: () => void }) {
  const t = useT();
  const [name, setName] = useState(server.InstanceName);
  const [device, setDevice] = useState(server.DeviceType);
  const [user, setUser] = useState("");
  const [password, setPassword] = useState("");
  const [sgs, setSgs] = useState(server.Bmc?.SecurityGroupIds.join(", ") ?? "");
  const modify = useModifyChcMutation(accountId);
  const sgList = sgs.split(/[\s,]+/).filter(Boolean);
  const sgChanged = server.Bmc !== null && sgList.join() !== server.Bmc.SecurityGroupIds.join();
  const input = {
    accountId,
    region,
    ChcIds: [server.ChcId],
    ...(name !== server.InstanceName ? { InstanceName: name } : {}),
    ...(device !== server.DeviceType ? { DeviceType: device } : {}),
    ...(user ? { BmcUser: user } : {}),
    ...(password ? { Password: password } : {}),
    ...(sgChanged ? { BmcSecurityGroupIds: sgList } : {}),
  };
  const { errors, check } = useZodErrors(ModifyChcInput, input);
  const result = modify.data;
  const error = result && !result.ok ? result.error : null;
  const submit = async () => {
    if (!check()) return;
    const res = await modify.mutateAsync(input);
    if (res.ok) onClose();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t("hosts.chc.op.attributes")}
      description={server.ChcId}
      closeLabel={t("common.close")}
      testId="chc-attributes-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button variant="primary" onClick={submit} disabled={modify.isPending} data-testid="chc-attributes-submit">
            {modify.isPending ? t("common.saving") : t("common.save")}
          </Button>
        </>
      }
    >
      <div className="space-y-3">
        <TextField id="chc-name" label={t("hosts.attr.name")} value={name} onChange={(e) => setName(e.target.value)} error={errors.InstanceName} />
        <TextField id="chc-device" label={t("hosts.chc.device")} value={device} onChange={(e) => setDevice(e.target.value.trim())} list="chc-device-types" error={errors.DeviceType} />
        <datalist id="chc-device-types">
          {deviceTypes.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
        <div className="grid grid-cols-2 gap-3">
          <TextField id="chc-bmc-user" label={t("hosts.chc.bmcUser")} value={user} onChange={(e) => setUser(e.target.value.trim())} error={errors.BmcUser} autoComplete="off" hint={t("hosts.chc.bmcUserHint")} />
          <TextField id="chc-bmc-password" type="password" label={t("hosts.chc.bmcPassword")} value={password} onChange={(e) => setPassword(e.target.value)} error={errors.Password} autoComplete="new-password" hint={t("hosts.chc.bmcPasswordHint")} />
        </div>
        {server.Bmc && <TextField id="chc-bmc-sg" label={t("hosts.chc.bmcSecurityGroups")} value={sgs} onChange={(e) => setSgs(e.target.value)} error={errors.BmcSecurityGroupIds ?? errors["BmcSecurityGroupIds.0"]} hint={t("hosts.chc.sgHint")} />}
        {errors.form && <p className="text-xs text-red-600 dark:text-red-400">{errors.form}</p>}
        <ActionErrorNote error={error} />
      </div>
    </Dialog>
  );
}
