"use client";

import { useState } from "react";
import { useLocale, useT } from "@/lib/i18n/provider";
import { HPC_CLUSTER_TYPES } from "@/lib/hpc/schemas";
import type { HpcClusterRow } from "@/lib/hpc/types";
import { useCreateHpcClusterMutation, useDeleteHpcClustersMutation, useModifyHpcClusterMutation } from "@/lib/queries/hpc";
import { useZonesQuery } from "@/lib/queries/regions";
import { FormDialog } from "@/components/ui/form-dialog";
import { Field, TextField } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { FormAlert } from "@/components/settings/form-alert";
import { fieldError, actionError } from "@/lib/action-result";
import { ConfirmDialog } from "@/components/resources/confirm-dialog";
import { InstanceLinks } from "@/components/resources/id-cell";

type Scope = { accountId: string; region: string };

/** Create (zone, type, name, remark) or edit (name, remark) one HPC cluster. */
export function HpcClusterDialog({ accountId, region, cluster, onClose }: Scope & { cluster?: HpcClusterRow; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const zones = useZonesQuery(accountId, region, locale);
  const create = useCreateHpcClusterMutation(accountId, region);
  const modify = useModifyHpcClusterMutation(accountId, region);
  const mutation = cluster ? modify : create;
  const available = (zones.data ?? []).filter((z) => z.ZoneState === "AVAILABLE");
  const [zone, setZone] = useState("");
  const [type, setType] = useState<(typeof HPC_CLUSTER_TYPES)[number]>("STANDARD");
  const [name, setName] = useState(cluster?.Name ?? "");
  const [remark, setRemark] = useState(cluster?.Remark ?? "");
  const error = actionError(mutation.data);
  const done = (r: { ok: boolean }) => r.ok && onClose();
  const submit = () =>
    cluster
      ? modify.mutate({ accountId, region, HpcClusterId: cluster.HpcClusterId, Name: name, Remark: remark }, { onSuccess: done })
      : create.mutate({ accountId, region, Zone: zone || available[0]?.Zone || "", Name: name, Remark: remark, HpcClusterType: type }, { onSuccess: done });
  return (
    <FormDialog
      onClose={onClose}
      title={cluster ? t("hpc.editTitle", { id: cluster.HpcClusterId }) : t("hpc.create")}
      description={cluster ? undefined : t("hpc.createHint")}
      testId="hpc-cluster-dialog"
      onSubmit={submit}
      submitLabel={cluster ? t("common.save") : t("hpc.create")}
      pending={mutation.isPending}
      submitTestId="hpc-cluster-submit"
    >
      <div className="space-y-3">
        {!cluster && (
          <div className="grid grid-cols-2 gap-3">
            <Field id="hpc-zone" label={t("resources.col.zone")} error={fieldError(error, "Zone")}>
              <Select id="hpc-zone" value={zone || available[0]?.Zone || ""} onChange={(e) => setZone(e.target.value)} data-testid="hpc-cluster-zone">
                {available.map((z) => (
                  <option key={z.Zone} value={z.Zone}>
                    {z.ZoneName} ({z.Zone})
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="hpc-type" label={t("hpc.col.type")}>
              <Select id="hpc-type" value={type} onChange={(e) => setType(e.target.value as typeof type)}>
                {HPC_CLUSTER_TYPES.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        )}
        <TextField id="hpc-name" label={t("hpc.field.name")} hint={t("hpc.field.nameHint")} value={name} onChange={(e) => setName(e.target.value)} error={fieldError(error, "Name")} data-testid="hpc-cluster-name" />
        <TextField id="hpc-remark" label={t("hpc.col.remark")} hint={t("hpc.field.remarkHint")} value={remark} onChange={(e) => setRemark(e.target.value)} error={fieldError(error, "Remark")} data-testid="hpc-cluster-remark" />
        <FormAlert error={error} testId="hpc-cluster-error" />
      </div>
    </FormDialog>
  );
}

/** DeleteHpcClusters: only an empty cluster (ResourceInUse.HpcCluster otherwise), said before asking. */
export function DeleteHpcClusterDialog({ accountId, region, cluster, onClose }: Scope & { cluster: HpcClusterRow; onClose: () => void }) {
  const t = useT();
  const mutation = useDeleteHpcClustersMutation(accountId, region);
  const blocked = cluster.InstanceIds.length > 0 || cluster.CurrentNum > 0;
  return (
    <ConfirmDialog
      open
      onClose={onClose}
      title={t("hpc.delete.title", { name: cluster.Name })}
      confirmLabel={t("common.delete")}
      onConfirm={() => mutation.mutate({ accountId, region, HpcClusterIds: [cluster.HpcClusterId] }, { onSuccess: (r) => r.ok && onClose() })}
      pending={mutation.isPending}
      error={actionError(mutation.data)}
      disabled={blocked}
      testId="delete-hpc-cluster-dialog"
    >
      {blocked ? (
        <div role="alert" data-testid="hpc-cluster-delete-blocked" className="space-y-1.5 rounded-md bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-400/10 dark:text-amber-200">
          <p>{t("hpc.delete.inUse", { count: Math.max(cluster.CurrentNum, cluster.InstanceIds.length) })}</p>
          <InstanceLinks ids={cluster.InstanceIds} region={region} max={10} more={(n) => t("resources.more", { count: n })} />
        </div>
      ) : (
        <p>{t("hpc.delete.body")}</p>
      )}
    </ConfirmDialog>
  );
}
