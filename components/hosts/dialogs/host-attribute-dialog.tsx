"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useModifyHostsMutation } from "@/lib/queries/hosts";
import { HOST_RENEW_FLAGS, ModifyHostsInput } from "@/lib/hosts/schemas";
import type { HostView } from "@/lib/hosts/types";
import { actionError } from "@/lib/action-result";
import { FormDialog } from "@/components/ui/form-dialog";
import { TextField } from "@/components/ui/field";
import { ActionErrorNote } from "@/components/images/action-error";
import { useZodErrors } from "@/components/images/dialogs/use-zod-errors";

export type HostAttribute = "rename" | "project" | "renewFlag";

/** ModifyHostsAttribute (seed 21579–21758): one change per call — a name, a project, or the auto-renewal setting. */
export function HostAttributeDialog({ accountId, region, hosts, attribute, onClose }: { accountId: string; region: string; hosts: HostView[]; attribute: HostAttribute; onClose: () => void }) {
  const t = useT();
  const first = hosts[0];
  const [name, setName] = useState(first?.HostName ?? "");
  const [project, setProject] = useState(first?.ProjectId ?? 0);
  const [flag, setFlag] = useState<(typeof HOST_RENEW_FLAGS)[number]>((HOST_RENEW_FLAGS as readonly string[]).includes(first?.RenewFlag ?? "") ? (first!.RenewFlag as (typeof HOST_RENEW_FLAGS)[number]) : "NOTIFY_AND_AUTO_RENEW");
  const modify = useModifyHostsMutation(accountId);
  const change = attribute === "rename" ? { HostName: name } : attribute === "project" ? { ProjectId: project } : { RenewFlag: flag };
  const input = { accountId, region, HostIds: hosts.map((h) => h.HostId), ...change };
  const { errors, check } = useZodErrors(ModifyHostsInput, input);
  const error = actionError(modify.data);
  const submit = async () => {
    if (!check()) return;
    const res = await modify.mutateAsync(input);
    if (res.ok) onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t(`hosts.attr.${attribute}.title`, { count: hosts.length })}
      description={hosts.map((h) => h.HostId).join(", ")}
      testId="host-attribute-dialog"
      onSubmit={submit}
      submitLabel={t("common.save")}
      pending={modify.isPending}
      submitTestId="host-attribute-submit"
    >
      <div className="space-y-3">
        {attribute === "rename" && <TextField id="host-name" label={t("hosts.attr.name")} value={name} onChange={(e) => setName(e.target.value)} error={errors.HostName} hint={t("hosts.attr.nameHint")} />}
        {attribute === "project" && <TextField id="host-project" type="number" min={0} label={t("hosts.allocate.project")} value={project} onChange={(e) => setProject(Number(e.target.value))} error={errors.ProjectId} hint={t("hosts.attr.projectHint")} />}
        {attribute === "renewFlag" && (
          <fieldset className="space-y-1">
            {HOST_RENEW_FLAGS.map((f) => (
              <label key={f} className="flex items-center gap-2 text-[13px]">
                <input type="radio" name="host-attr-renew" checked={flag === f} onChange={() => setFlag(f)} data-testid={`host-renew-flag-${f}`} />
                {t(`hosts.renewFlag.${f}`)}
              </label>
            ))}
          </fieldset>
        )}
        <ActionErrorNote error={error} />
      </div>
    </FormDialog>
  );
}
