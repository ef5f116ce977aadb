"use client";

import { useT } from "@/lib/i18n/provider";
import { changeInstanceType } from "@/server/actions/instances/change-type";
import { renameInstances } from "@/server/actions/instances/rename";
import { modifyInstancesProject } from "@/server/actions/instances/project";
import { modifyTerminationProtection } from "@/server/actions/instances/termination-protection";
import { modifyInstancesPlacementGroup } from "@/server/actions/instances/placement-group";
import { useTypeChoices } from "@/lib/instances/operations/queries";
import {
  ModifyInstancesProjectInput,
  ModifyPlacementGroupInput,
  ModifyTerminationProtectionInput,
  RenameInstancesInput,
  ResetInstancesTypeInput,
} from "@/lib/instances/operations/schemas";
import { Field, TextField, fieldA11y } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { define, type FormProps } from "../definition";
import { anyRunning, Check, Segmented } from "./controls";
import { OptionField } from "./pickers";

type TypeValues = { InstanceType: string; ForceStop: boolean; downgrade: boolean };

function ChangeTypeForm({ values, set, ctx }: FormProps<TypeValues>) {
  const t = useT();
  const target = ctx.targets[0];
  const choices = useTypeChoices(ctx.accountId, target?.Region ?? ctx.region, target?.InstanceId ?? "");
  const current = target?.InstanceType;
  return (
    <div className="flex flex-col gap-3">
      <Field id="op-instance-type" label={t("ops.f.instanceType")} error={ctx.errors.InstanceType} hint={current ? t("ops.instanceType.current", { type: current, cpu: target?.CPU ?? "?", memory: target?.Memory ?? "?" }) : undefined}>
        <Select
          {...fieldA11y("op-instance-type", ctx.errors.InstanceType)}
          value={values.InstanceType}
          data-testid="op-instance-type"
          onChange={(e) => {
            const choice = choices.data?.find((c) => c.InstanceType === e.target.value);
            const downgrade = !!choice && target !== undefined && (choice.CPU < (target.CPU ?? 0) || choice.Memory < (target.Memory ?? 0));
            set({ InstanceType: e.target.value, downgrade });
          }}
        >
          <option value="">{choices.isPending ? t("common.loading") : t("ops.instanceType.choose")}</option>
          {choices.data
            ?.filter((c) => c.InstanceType !== current)
            .map((c) => (
              <option key={c.InstanceType} value={c.InstanceType} disabled={c.Status !== "SELL"}>
                {c.InstanceType} · {t("ops.instanceType.spec", { cpu: c.CPU, memory: c.Memory })}
                {c.Status !== "SELL" ? ` · ${t("ops.instanceType.soldOut")}` : ""}
              </option>
            ))}
        </Select>
      </Field>
      {choices.isError && <p className="text-xs text-red-600 dark:text-red-400">{t("ops.instanceType.loadFailed")}</p>}
      {values.downgrade && <p className="text-xs text-amber-700 dark:text-amber-300">{t("ops.instanceType.downgrade")}</p>}
      {anyRunning(ctx.targets) && (
        <Check id="op-force-stop" testId="op-force-stop" label={t("ops.f.forceStop")} hint={t("ops.forceStop.hint")} checked={values.ForceStop} onChange={(ForceStop) => set({ ForceStop })} />
      )}
    </div>
  );
}

type NameValues = { InstanceName: string };

function RenameForm({ values, set, ctx }: FormProps<NameValues>) {
  const t = useT();
  return (
    <TextField
      id="op-instance-name"
      data-testid="op-instance-name"
      label={t("ops.f.instanceName")}
      value={values.InstanceName}
      onChange={(e) => set({ InstanceName: e.target.value })}
      error={ctx.errors.InstanceName}
      hint={ctx.targets.length > 1 ? t("ops.instanceName.batchHint") : undefined}
      maxLength={128}
    />
  );
}

type ProjectValues = { ProjectId: string };

function ProjectForm({ values, set, ctx }: FormProps<ProjectValues>) {
  const t = useT();
  return (
    <TextField
      id="op-project"
      data-testid="op-project"
      label={t("ops.f.projectId")}
      inputMode="numeric"
      value={values.ProjectId}
      onChange={(e) => set({ ProjectId: e.target.value.replace(/\D/g, "") })}
      error={ctx.errors.ProjectId}
      hint={t("ops.projectId.hint")}
      className="w-40"
    />
  );
}

type ProtectionValues = { on: "on" | "off" };

function ProtectionForm({ values, set }: FormProps<ProtectionValues>) {
  const t = useT();
  return (
    <Segmented
      name="op-protection"
      label={t("ops.f.protection")}
      value={values.on}
      onChange={(on) => set({ on })}
      options={[
        { value: "on", label: t("ops.protection.on") },
        { value: "off", label: t("ops.protection.off") },
      ]}
      hint={t("ops.protection.hint")}
    />
  );
}

type PlacementValues = { DisasterRecoverGroupId: string; Force: boolean };

function PlacementForm({ values, set, ctx }: FormProps<PlacementValues>) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <OptionField
        id="op-placement-group"
        kind="placementGroups"
        label={t("ops.f.placementGroup")}
        accountId={ctx.accountId}
        region={ctx.region}
        value={values.DisasterRecoverGroupId}
        onChange={(DisasterRecoverGroupId) => set({ DisasterRecoverGroupId })}
        error={ctx.errors.DisasterRecoverGroupId}
        placeholder="ps-xxxxxxxx"
      />
      <Check id="op-force" label={t("ops.f.placementForce")} hint={t("ops.placementForce.hint")} checked={values.Force} onChange={(Force) => set({ Force })} />
    </div>
  );
}

export const configDefinitions = [
  define<TypeValues>({
    kind: "changeType",
    initial: () => ({ InstanceType: "", ForceStop: false, downgrade: false }),
    Form: ChangeTypeForm,
    eligibility: (v) => ({ forceStop: v.ForceStop, downgrade: v.downgrade }),
    price: (v, ids) => (v.InstanceType ? { kind: "changeType", InstanceId: ids[0], InstanceType: v.InstanceType } : null),
    input: (v, ids) => ({ InstanceId: ids[0], InstanceType: v.InstanceType, ForceStop: v.ForceStop }),
    schema: ResetInstancesTypeInput,
    action: changeInstanceType,
  }),
  define<NameValues>({
    kind: "rename",
    initial: (targets) => ({ InstanceName: targets.length === 1 ? (targets[0].InstanceName ?? "") : "" }),
    Form: RenameForm,
    input: (v, ids) => ({ InstanceIds: ids, InstanceName: v.InstanceName }),
    schema: RenameInstancesInput,
    action: renameInstances,
  }),
  define<ProjectValues>({
    kind: "project",
    initial: (targets) => ({ ProjectId: String(targets.length === 1 ? (targets[0].Placement?.ProjectId ?? 0) : 0) }),
    Form: ProjectForm,
    input: (v, ids) => ({ InstanceIds: ids, ProjectId: v.ProjectId === "" ? Number.NaN : Number(v.ProjectId) }),
    schema: ModifyInstancesProjectInput,
    action: modifyInstancesProject,
  }),
  define<ProtectionValues>({
    kind: "terminationProtection",
    initial: (targets) => ({ on: targets.every((i) => i.DisableApiTermination) ? "off" : "on" }),
    Form: ProtectionForm,
    input: (v, ids) => ({ InstanceIds: ids, DisableApiTermination: v.on === "on" }),
    schema: ModifyTerminationProtectionInput,
    action: modifyTerminationProtection,
  }),
  define<PlacementValues>({
    kind: "placementGroup",
    initial: () => ({ DisasterRecoverGroupId: "", Force: false }),
    Form: PlacementForm,
    input: (v, ids) => ({ InstanceIds: ids, DisasterRecoverGroupId: v.DisasterRecoverGroupId, Force: v.Force }),
    schema: ModifyPlacementGroupInput,
    action: modifyInstancesPlacementGroup,
  }),
];
