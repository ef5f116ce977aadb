"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useModifyChcMutation } from "@/lib/queries/hosts";
import { ModifyChcInput } from "@/lib/hosts/schemas";
import { actionError } from "@/lib/action-result";
import type { ChcView } from "@/lib/hosts/types";
import { FormDialog } from "@/components/ui/form-dialog";
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
  const error = actionError(modify.data);
  const submit = async () => {
    if (!check()) return;
    const res = await modify.mutateAsync(input);
    if (res.ok) onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t("hosts.chc.op.attributes")}
      description={server.ChcId}
      testId="chc-attributes-dialog"
      onSubmit={submit}
      submitLabel={t("common.save")}
      pending={modify.isPending}
      submitTestId="chc-attributes-submit"
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
    </FormDialog>
  );
}
