"use client";

import { useT } from "@/lib/i18n/provider";
import { resizeInstanceDisks } from "@/server/actions/instances/resize-disks";
import { modifyInstanceDiskType } from "@/server/actions/instances/disk-type";
import { useInstanceDisks } from "@/lib/instances/operations/queries";
import { CLOUD_DISK_TYPES, ModifyInstanceDiskTypeInput, ResizeInstanceDisksInput } from "@/lib/instances/operations/schemas";
import { Field, TextField, fieldA11y } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { DialogContext } from "../definition";
import { define, type FormProps } from "../definition";
import { anyRunning, Check, Note } from "./controls";

function useDisks(ctx: DialogContext) {
  const target = ctx.targets[0];
  return useInstanceDisks(ctx.accountId, target?.Region ?? ctx.region, target?.InstanceId ?? "");
}

type ResizeValues = { disk: string; size: string; ForceStop: boolean; ResizeOnline: boolean };

function ResizeForm({ values, set, ctx }: FormProps<ResizeValues>) {
  const t = useT();
  const disks = useDisks(ctx);
  const data = disks.data?.DataDisks.filter((d) => d.DiskId) ?? [];
  const currentSize = values.disk === "system" ? disks.data?.SystemDisk.DiskSize : data.find((d) => d.DiskId === values.disk)?.DiskSize;
  return (
    <div className="flex flex-col gap-3">
      <Field id="op-disk" label={t("ops.f.disk")}>
        <Select id="op-disk" value={values.disk} onChange={(e) => set({ disk: e.target.value })} data-testid="op-disk">
          <option value="system">
            {t("ops.disk.system")}
            {disks.data ? ` · ${disks.data.SystemDisk.DiskType ?? ""} · ${disks.data.SystemDisk.DiskSize} GiB` : ""}
          </option>
          {data.map((d) => (
            <option key={d.DiskId} value={d.DiskId}>
              {d.DiskId} · {d.DiskType} · {d.DiskSize} GiB
            </option>
          ))}
        </Select>
      </Field>
      <TextField
        id="op-disk-size"
        data-testid="op-disk-size"
        label={t("ops.f.diskSize")}
        inputMode="numeric"
        value={values.size}
        onChange={(e) => set({ size: e.target.value.replace(/\D/g, "") })}
        error={ctx.errors.SystemDiskSize ?? ctx.errors["DataDisk.DiskSize"] ?? ctx.errors.form}
        hint={currentSize !== undefined ? t("ops.diskSize.hint", { size: currentSize }) : undefined}
        className="w-40"
      />
      {anyRunning(ctx.targets) && (
        <>
          <Check id="op-resize-online" label={t("ops.f.resizeOnline")} hint={t("ops.resizeOnline.hint")} checked={values.ResizeOnline} onChange={(ResizeOnline) => set({ ResizeOnline })} />
          <Check id="op-force-stop" testId="op-force-stop" label={t("ops.f.forceStop")} hint={t("ops.forceStop.hint")} checked={values.ForceStop} onChange={(ForceStop) => set({ ForceStop })} />
        </>
      )}
    </div>
  );
}

type DiskTypeValues = { SystemDiskType: string; dataType: string; dataDiskIds: string[] };

function DiskTypeForm({ values, set, ctx }: FormProps<DiskTypeValues>) {
  const t = useT();
  const disks = useDisks(ctx);
  const localSystem = disks.data?.SystemDisk.DiskType?.startsWith("LOCAL_");
  const localData = disks.data?.DataDisks.filter((d) => d.DiskType?.startsWith("LOCAL_") && d.DiskId) ?? [];
  const typeSelect = (id: string, value: string, onChange: (v: string) => void) => (
    <Select {...fieldA11y(id)} value={value} onChange={(e) => onChange(e.target.value)} data-testid={id}>
      <option value="">{t("ops.diskType.keep")}</option>
      {CLOUD_DISK_TYPES.map((d) => (
        <option key={d} value={d}>
          {d}
        </option>
      ))}
    </Select>
  );
  return (
    <div className="flex flex-col gap-3">
      <Note>{t("ops.diskType.note")}</Note>
      {disks.data && !localSystem && localData.length === 0 && <Note tone="warning">{t("ops.diskType.noLocal")}</Note>}
      {localSystem && (
        <Field id="op-system-disk-type" label={t("ops.f.systemDiskType", { type: disks.data?.SystemDisk.DiskType ?? "" })}>
          {typeSelect("op-system-disk-type", values.SystemDiskType, (SystemDiskType) => set({ SystemDiskType }))}
        </Field>
      )}
      {localData.length > 0 && (
        <Field id="op-data-disk-type" label={t("ops.f.dataDiskType", { count: localData.length })} error={ctx.errors.form}>
          {typeSelect("op-data-disk-type", values.dataType, (dataType) => set({ dataType, dataDiskIds: localData.map((d) => d.DiskId!) }))}
        </Field>
      )}
    </div>
  );
}

export const diskDefinitions = [
  define<ResizeValues>({
    kind: "resizeDisks",
    initial: () => ({ disk: "system", size: "", ForceStop: false, ResizeOnline: false }),
    Form: ResizeForm,
    eligibility: (v) => ({ forceStop: v.ForceStop, resizeOnline: v.ResizeOnline }),
    price: (v, ids) => {
      const size = Number(v.size);
      if (!v.size || !Number.isInteger(size)) return null;
      return { kind: "resizeDisks", InstanceId: ids[0], ForceStop: v.ForceStop, ResizeOnline: v.ResizeOnline, ...(v.disk === "system" ? { SystemDiskSize: size } : { DataDisk: { DiskId: v.disk, DiskSize: size } }) };
    },
    input: (v, ids) => {
      const size = v.size === "" ? Number.NaN : Number(v.size);
      return { InstanceId: ids[0], ForceStop: v.ForceStop, ResizeOnline: v.ResizeOnline, ...(v.disk === "system" ? { SystemDiskSize: size } : { DataDisk: { DiskId: v.disk, DiskSize: size } }) };
    },
    schema: ResizeInstanceDisksInput,
    action: resizeInstanceDisks,
  }),
  define<DiskTypeValues>({
    kind: "diskType",
    initial: () => ({ SystemDiskType: "", dataType: "", dataDiskIds: [] }),
    Form: DiskTypeForm,
    input: (v, ids) => ({
      InstanceId: ids[0],
      ...(v.SystemDiskType ? { SystemDiskType: v.SystemDiskType } : {}),
      ...(v.dataType && v.dataDiskIds.length ? { DataDisks: v.dataDiskIds.map((DiskId) => ({ DiskId, DiskType: v.dataType })) } : {}),
    }),
    schema: ModifyInstanceDiskTypeInput,
    action: modifyInstanceDiskType,
  }),
];
