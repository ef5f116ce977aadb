"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { PLACEMENT_TYPES, type PlacementType } from "@/lib/placement-groups/schemas";
import type { PlacementGroupQuota, PlacementGroupRow } from "@/lib/placement-groups/types";
import { useCreatePlacementGroupMutation, useDeletePlacementGroupsMutation, useModifyPlacementGroupMutation } from "@/lib/queries/placement-groups";
import { actionError, fieldError } from "@/lib/action-result";
import { FormDialog } from "@/components/ui/form-dialog";
import { Field, TextField } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { FormAlert } from "@/components/settings/form-alert";
import { ConfirmDialog } from "@/components/resources/confirm-dialog";
import { InstanceLinks } from "@/components/resources/id-cell";

type Scope = { accountId: string; region: string };

const perGroup = (q: PlacementGroupQuota | undefined, type: PlacementType) =>
  q ? { HOST: q.CvmInHostGroupQuota, SW: q.CvmInSwitchGroupQuota, RACK: q.CvmInRackGroupQuota }[type] : 0;

/** CreateDisasterRecoverGroup: name, spread level and affinity; one ClientToken per opened dialog. */
export function CreatePlacementGroupDialog({ accountId, region, quota, onClose }: Scope & { quota?: PlacementGroupQuota; onClose: () => void }) {
  const t = useT();
  const mutation = useCreatePlacementGroupMutation(accountId, region);
  const [clientToken] = useState(() => crypto.randomUUID());
  const [name, setName] = useState("");
  const [type, setType] = useState<PlacementType>("HOST");
  const [affinity, setAffinity] = useState("1");
  const error = actionError(mutation.data);
  const submit = () =>
    mutation.mutate({ accountId, region, Name: name, Type: type, Affinity: Number(affinity), ClientToken: clientToken }, { onSuccess: (r) => r.ok && onClose() });
  return (
    <FormDialog
      onClose={onClose}
      title={t("placementGroups.create")}
      description={t("placementGroups.createHint")}
      testId="create-placement-group-dialog"
      onSubmit={submit}
      submitLabel={t("placementGroups.create")}
      pending={mutation.isPending}
      submitTestId="placement-group-create-submit"
    >
      <div className="space-y-3">
        <TextField id="pg-name" label={t("placementGroups.field.name")} value={name} onChange={(e) => setName(e.target.value)} error={fieldError(error, "Name")} hint={t("placementGroups.field.nameHint")} data-testid="placement-group-name" />
        <Field id="pg-type" label={t("placementGroups.field.type")} hint={t(`placementGroups.typeHint.${type}`, { max: perGroup(quota, type) })}>
          <Select id="pg-type" value={type} onChange={(e) => setType(e.target.value as PlacementType)} data-testid="placement-group-type">
            {PLACEMENT_TYPES.map((v) => (
              <option key={v} value={v}>
                {t(`placementGroups.type.${v}`)}
              </option>
            ))}
          </Select>
        </Field>
        <TextField id="pg-affinity" type="number" min={1} max={10} label={t("placementGroups.field.affinity")} hint={t("placementGroups.field.affinityHint")} value={affinity} onChange={(e) => setAffinity(e.target.value)} error={fieldError(error, "Affinity")} />
        <FormAlert error={error} testId="placement-group-create-error" />
      </div>
    </FormDialog>
  );
}

export function RenamePlacementGroupDialog({ accountId, region, group, onClose }: Scope & { group: PlacementGroupRow; onClose: () => void }) {
  const t = useT();
  const mutation = useModifyPlacementGroupMutation(accountId, region);
  const [name, setName] = useState(group.Name);
  const error = actionError(mutation.data);
  return (
    <FormDialog
      onClose={onClose}
      title={t("placementGroups.renameTitle", { id: group.DisasterRecoverGroupId })}
      testId="rename-placement-group-dialog"
      onSubmit={() => mutation.mutate({ accountId, region, DisasterRecoverGroupId: group.DisasterRecoverGroupId, Name: name }, { onSuccess: (r) => r.ok && onClose() })}
      submitLabel={t("common.save")}
      pending={mutation.isPending}
      submitTestId="placement-group-rename-submit"
    >
      <div className="space-y-3">
        <TextField id="pg-rename" label={t("placementGroups.field.name")} value={name} onChange={(e) => setName(e.target.value)} error={fieldError(error, "Name")} hint={t("placementGroups.field.nameHint")} data-testid="placement-group-rename-name" />
        <FormAlert error={error} />
      </div>
    </FormDialog>
  );
}

/** DeleteDisasterRecoverGroups: only an empty group (FailedOperation.PlacementSetNotEmpty), said before asking. */
export function DeletePlacementGroupDialog({ accountId, region, group, onClose }: Scope & { group: PlacementGroupRow; onClose: () => void }) {
  const t = useT();
  const mutation = useDeletePlacementGroupsMutation(accountId, region);
  const blocked = group.InstanceIds.length > 0 || group.CurrentNum > 0;
  return (
    <ConfirmDialog
      open
      onClose={onClose}
      title={t("placementGroups.delete.title", { name: group.Name })}
      confirmLabel={t("common.delete")}
      onConfirm={() => mutation.mutate({ accountId, region, DisasterRecoverGroupIds: [group.DisasterRecoverGroupId] }, { onSuccess: (r) => r.ok && onClose() })}
      pending={mutation.isPending}
      error={actionError(mutation.data)}
      disabled={blocked}
      testId="delete-placement-group-dialog"
    >
      {blocked ? (
        <div role="alert" data-testid="placement-group-delete-blocked" className="space-y-1.5 rounded-md bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-400/10 dark:text-amber-200">
          <p>{t("placementGroups.delete.notEmpty", { count: Math.max(group.CurrentNum, group.InstanceIds.length) })}</p>
          <InstanceLinks ids={group.InstanceIds} region={region} max={10} more={(n) => t("resources.more", { count: n })} />
        </div>
      ) : (
        <p>{t("placementGroups.delete.body")}</p>
      )}
    </ConfirmDialog>
  );
}
