"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useT } from "@/lib/i18n/provider";
import type { LaunchTemplateRow, LaunchTemplateVersionRow } from "@/lib/launch-templates/types";
import {
  useCreateLaunchTemplateMutation,
  useCreateLaunchTemplateVersionMutation,
  useDeleteLaunchTemplateMutation,
  useDeleteLaunchTemplateVersionsMutation,
} from "@/lib/queries/launch-templates";
import { useZonesQuery } from "@/lib/queries/regions";
import { actionError, fieldError } from "@/lib/action-result";
import { FormDialog } from "@/components/ui/form-dialog";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/settings/form-alert";
import { ConfirmDialog } from "@/components/resources/confirm-dialog";
import { TemplateFields, type TemplateFormValue } from "./template-form";

type Scope = { accountId: string; region: string };
const EMPTY: TemplateFormValue = { Zone: "", ImageId: "", InstanceType: "", InstanceName: "", LaunchTemplateVersionDescription: "" };

/** CreateLaunchTemplate from the essentials; the full configuration comes from the purchase wizard's "save as template". */
export function CreateTemplateDialog({ accountId, region, onClose }: Scope & { onClose: () => void }) {
  const t = useT();
  const router = useRouter();
  const zones = useZonesQuery(accountId, region, useLocale());
  const mutation = useCreateLaunchTemplateMutation(accountId);
  const [name, setName] = useState("");
  const [value, setValue] = useState(EMPTY);
  const zone = value.Zone || zones.data?.find((z) => z.ZoneState === "AVAILABLE")?.Zone || "";
  const error = actionError(mutation.data);
  const submit = () =>
    mutation.mutate({ accountId, region, LaunchTemplateName: name, ...value, Zone: zone }, { onSuccess: (r) => r.ok && router.push(`/launch-templates/${r.templateId}`) });
  return (
    <FormDialog
      onClose={onClose}
      title={t("launchTemplates.create")}
      description={t("launchTemplates.createHint")}
      testId="create-launch-template-dialog"
      onSubmit={submit}
      submitLabel={t("launchTemplates.create")}
      pending={mutation.isPending}
      submitTestId="launch-template-create-submit"
    >
      <div className="space-y-3">
        <TextField id="lt-name" label={t("launchTemplates.field.name")} hint={t("launchTemplates.field.nameHint")} value={name} onChange={(e) => setName(e.target.value)} error={fieldError(error, "LaunchTemplateName")} data-testid="launch-template-name" />
        <TemplateFields accountId={accountId} region={region} value={{ ...value, Zone: zone }} onChange={setValue} error={error} />
        <FormAlert error={error} testId="launch-template-create-error" />
      </div>
    </FormDialog>
  );
}

/** CreateLaunchTemplateVersion based on `base`: only what is filled in changes. */
export function CreateVersionDialog({ accountId, region, templateId, base, onClose }: Scope & { templateId: string; base: LaunchTemplateVersionRow; onClose: (created?: number) => void }) {
  const t = useT();
  const mutation = useCreateLaunchTemplateVersionMutation(accountId);
  const data = base.LaunchTemplateVersionData;
  const [value, setValue] = useState<TemplateFormValue>({ ...EMPTY, Zone: data.Placement?.Zone ?? "" });
  const error = actionError(mutation.data);
  const submit = () =>
    mutation.mutate({ accountId, region, LaunchTemplateId: templateId, LaunchTemplateVersion: base.LaunchTemplateVersion, ...value }, { onSuccess: (r) => r.ok && onClose(r.version) });
  return (
    <FormDialog
      onClose={() => onClose()}
      title={t("launchTemplates.newVersionTitle", { version: base.LaunchTemplateVersion })}
      description={t("launchTemplates.newVersionHint")}
      testId="create-version-dialog"
      onSubmit={submit}
      submitLabel={t("launchTemplates.newVersion")}
      pending={mutation.isPending}
      submitTestId="create-version-submit"
    >
      <TemplateFields
        accountId={accountId}
        region={region}
        value={value}
        onChange={setValue}
        error={error}
        inheritHint={{ ImageId: data.ImageId ?? "", InstanceType: data.InstanceType ?? "", InstanceName: data.InstanceName ?? "" }}
      />
      <div className="mt-3">
        <FormAlert error={error} testId="create-version-error" />
      </div>
    </FormDialog>
  );
}

export function DeleteTemplateDialog({ accountId, region, template, onClose, onDeleted }: Scope & { template: LaunchTemplateRow; onClose: () => void; onDeleted?: () => void }) {
  const t = useT();
  const mutation = useDeleteLaunchTemplateMutation(accountId);
  return (
    <ConfirmDialog
      open
      onClose={onClose}
      title={t("launchTemplates.delete.title", { name: template.LaunchTemplateName })}
      confirmLabel={t("common.delete")}
      onConfirm={() => mutation.mutate({ accountId, region, LaunchTemplateId: template.LaunchTemplateId }, { onSuccess: (r) => r.ok && (onDeleted ?? onClose)() })}
      pending={mutation.isPending}
      error={actionError(mutation.data)}
      testId="delete-launch-template-dialog"
    >
      <p>{t("launchTemplates.delete.body", { count: template.LaunchTemplateVersionCount })}</p>
    </ConfirmDialog>
  );
}

/** DeleteLaunchTemplateVersions; the default version is never offered (InvalidParameterValue.LaunchTemplateDefaultVersion). */
export function DeleteVersionDialog({ accountId, region, templateId, version, onClose }: Scope & { templateId: string; version: number; onClose: () => void }) {
  const t = useT();
  const mutation = useDeleteLaunchTemplateVersionsMutation(accountId);
  return (
    <ConfirmDialog
      open
      onClose={onClose}
      title={t("launchTemplates.deleteVersion.title", { version })}
      confirmLabel={t("common.delete")}
      onConfirm={() => mutation.mutate({ accountId, region, LaunchTemplateId: templateId, LaunchTemplateVersions: [version] }, { onSuccess: (r) => r.ok && onClose() })}
      pending={mutation.isPending}
      error={actionError(mutation.data)}
      testId="delete-version-dialog"
    >
      <p>{t("launchTemplates.deleteVersion.body")}</p>
    </ConfirmDialog>
  );
}
