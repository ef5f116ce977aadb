"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useCreateImageMutation } from "@/lib/queries/images";
import { CreateImageInput } from "@/lib/images/schemas";
import type { SourceInstance } from "@/lib/images/types";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { ActionErrorNote } from "../action-error";
import { fieldError, actionError } from "@/lib/action-result";
import { InstancePicker } from "../instance-picker";
import { useZodErrors } from "./use-zod-errors";

/**
 * CreateImage from an instance (seed 27699–28054). The state rule is shown per instance: RUNNING or STOPPED, nothing
 * in flight. A running instance is imaged live unless "shut down first" (ForcePoweroff, seed 27749) is chosen.
 */
export function CreateImageDialog({ accountId, region, initialInstanceId, onClose, onCreated }: {
  accountId: string;
  region: string;
  initialInstanceId?: string;
  onClose: () => void;
  onCreated: (imageId: string) => void;
}) {
  const t = useT();
  const [instance, setInstance] = useState<SourceInstance | null>(null);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [family, setFamily] = useState("");
  const [forcePoweroff, setForcePoweroff] = useState(false);
  const [sysprep, setSysprep] = useState(false);
  const [disks, setDisks] = useState<string[]>([]);
  const create = useCreateImageMutation(accountId);
  const input = {
    accountId,
    region,
    InstanceId: instance?.InstanceId ?? "",
    ImageName: name,
    ...(description ? { ImageDescription: description } : {}),
    ...(family ? { ImageFamily: family } : {}),
    ForcePoweroff: forcePoweroff,
    Sysprep: sysprep,
    DataDiskIds: disks,
  };
  const { errors, check } = useZodErrors(CreateImageInput, input);
  const error = actionError(create.data);
  const windows = /windows/i.test(instance?.OsName ?? "");

  const reasonOf = (i: SourceInstance) => {
    if (i.busy) return t("images.create.reason.busy");
    if (i.InstanceState !== "RUNNING" && i.InstanceState !== "STOPPED") return t("images.create.reason.state");
    return null;
  };
  const submit = async () => {
    if (!check()) return;
    const res = await create.mutateAsync(input);
    if (res.ok) onCreated(res.imageId);
  };

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title={t("images.create.title")}
      description={t("images.create.description")}
      closeLabel={t("common.close")}
      testId="image-create-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button variant="primary" onClick={submit} disabled={!instance || create.isPending} data-testid="image-create-submit">
            {create.isPending ? t("images.create.creating") : t("images.create.submit")}
          </Button>
        </>
      }
    >
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-1">
          <p className="text-[13px] font-medium">{t("images.create.instance")}</p>
          <InstancePicker
            accountId={accountId}
            region={region}
            initialQuery={initialInstanceId}
            chosen={instance ? [instance.InstanceId] : []}
            onChoose={(_, list) => {
              setInstance(list[0] ?? null);
              setDisks([]);
              if (list[0] && !name) setName(`${list[0].InstanceName || list[0].InstanceId}-image`.slice(0, 60));
            }}
            reasonOf={reasonOf}
          />
          <p className="text-xs text-muted">{t("images.create.stateRule")}</p>
          {fieldError(error, "InstanceId") && <p className="text-xs text-red-600">{fieldError(error, "InstanceId")}</p>}
        </div>
        <div className="space-y-3">
          <TextField id="image-create-name" label={t("images.field.name")} value={name} onChange={(e) => setName(e.target.value)} error={errors.ImageName ?? fieldError(error, "ImageName")} hint={t("images.field.nameHint")} />
          <TextField id="image-create-description" label={t("images.field.description")} value={description} onChange={(e) => setDescription(e.target.value)} error={errors.ImageDescription} />
          <TextField id="image-create-family" label={t("images.field.family")} value={family} onChange={(e) => setFamily(e.target.value.trim())} error={errors.ImageFamily ?? fieldError(error, "ImageFamily")} hint={t("images.field.familyHint")} placeholder="web-frontend" />
          {instance && instance.DataDisks.length > 0 && (
            <fieldset className="space-y-1">
              <legend className="text-[13px] font-medium">{t("images.create.dataDisks")}</legend>
              {instance.DataDisks.map((d) => {
                const local = d.DiskType.startsWith("LOCAL_");
                return (
                  <label key={d.DiskId} className="flex items-center gap-2 text-[13px]" title={local ? t("images.create.localDisk") : undefined}>
                    <input type="checkbox" disabled={local} checked={disks.includes(d.DiskId)} onChange={(e) => setDisks(e.target.checked ? [...disks, d.DiskId] : disks.filter((x) => x !== d.DiskId))} />
                    <span className="font-mono text-xs">{d.DiskId}</span>
                    <span className="text-xs text-muted">
                      {d.DiskType} · {d.DiskSize} GiB{local ? ` · ${t("images.create.localDisk")}` : ""}
                    </span>
                  </label>
                );
              })}
            </fieldset>
          )}
          {instance?.InstanceState === "RUNNING" && (
            <div className="rounded-md border border-amber-300/60 bg-amber-50 px-3 py-2 text-[13px] text-amber-900 dark:border-amber-400/30 dark:bg-amber-400/10 dark:text-amber-200">
              <label className="flex items-start gap-2">
                <input type="checkbox" className="mt-0.5" checked={forcePoweroff} onChange={(e) => setForcePoweroff(e.target.checked)} data-testid="image-create-poweroff" />
                <span>
                  <span className="font-medium">{t("images.create.forcePoweroff")}</span>
                  <span className="block text-xs">{forcePoweroff ? t("images.create.forcePoweroffOn") : t("images.create.runningWarning")}</span>
                </span>
              </label>
            </div>
          )}
          {windows && (
            <label className="flex items-center gap-2 text-[13px]">
              <input type="checkbox" checked={sysprep} onChange={(e) => setSysprep(e.target.checked)} />
              {t("images.create.sysprep")}
            </label>
          )}
          <ActionErrorNote error={error} />
        </div>
      </div>
    </Dialog>
  );
}
