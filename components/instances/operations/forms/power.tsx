"use client";

import { useT } from "@/lib/i18n/provider";
import { startInstances } from "@/server/actions/instances/start";
import { stopInstances } from "@/server/actions/instances/stop";
import { rebootInstances } from "@/server/actions/instances/reboot";
import { terminateInstances } from "@/server/actions/instances/terminate";
import { RebootInstancesInput, StartInstancesInput, StopInstancesInput, TerminateInstancesInput } from "@/lib/instances/operations/schemas";
import { define, type FormProps } from "../definition";
import { Check, Note, Segmented } from "./controls";

type StopType = "SOFT" | "SOFT_FIRST" | "HARD";

function StopTypeField({ value, onChange }: { value: StopType; onChange: (v: StopType) => void }) {
  const t = useT();
  return (
    <Segmented
      name="op-stop-type"
      label={t("ops.f.stopType")}
      value={value}
      onChange={onChange}
      options={[
        { value: "SOFT", label: t("ops.stopType.SOFT") },
        { value: "SOFT_FIRST", label: t("ops.stopType.SOFT_FIRST") },
        { value: "HARD", label: t("ops.stopType.HARD"), danger: true },
      ]}
      hint={t(`ops.stopType.${value}.hint`)}
    />
  );
}

type StopValues = { StopType: StopType; StoppedMode: "KEEP_CHARGING" | "STOP_CHARGING" };

function StopForm({ values, set, ctx }: FormProps<StopValues>) {
  const t = useT();
  // seed 14566 StoppedMode: only for (some) pay-as-you-go instances.
  const postpaid = ctx.eligible.filter((i) => i.InstanceChargeType === "POSTPAID_BY_HOUR").length;
  return (
    <div className="flex flex-col gap-3">
      <StopTypeField value={values.StopType} onChange={(StopType) => set({ StopType })} />
      {postpaid > 0 && (
        <Segmented
          name="op-stopped-mode"
          label={t("ops.f.stoppedMode")}
          value={values.StoppedMode}
          onChange={(StoppedMode) => set({ StoppedMode })}
          options={[
            { value: "KEEP_CHARGING", label: t("ops.stoppedMode.KEEP_CHARGING") },
            { value: "STOP_CHARGING", label: t("ops.stoppedMode.STOP_CHARGING") },
          ]}
          hint={t("ops.stoppedMode.hint", { count: postpaid })}
        />
      )}
    </div>
  );
}

type RebootValues = { StopType: StopType };

function RebootForm({ values, set }: FormProps<RebootValues>) {
  return <StopTypeField value={values.StopType} onChange={(StopType) => set({ StopType })} />;
}

type TerminateValues = { ReleasePrepaidDataDisks: boolean };

function TerminateForm({ values, set, ctx }: FormProps<TerminateValues>) {
  const t = useT();
  const prepaid = ctx.eligible.filter((i) => i.InstanceChargeType === "PREPAID").length;
  return (
    <div className="flex flex-col gap-2">
      {prepaid > 0 && (
        <>
          <Note tone="warning">{t("ops.terminate.prepaidNote", { count: prepaid })}</Note>
          <Check
            id="op-release-disks"
            testId="op-release-disks"
            label={t("ops.f.releasePrepaidDataDisks")}
            checked={values.ReleasePrepaidDataDisks}
            onChange={(ReleasePrepaidDataDisks) => set({ ReleasePrepaidDataDisks })}
          />
        </>
      )}
    </div>
  );
}

export const powerDefinitions = [
  define<Record<string, never>>({
    kind: "start",
    initial: () => ({}),
    input: (_v, ids) => ({ InstanceIds: ids }),
    schema: StartInstancesInput,
    action: startInstances,
  }),
  define<StopValues>({
    kind: "stop",
    initial: () => ({ StopType: "SOFT", StoppedMode: "KEEP_CHARGING" }),
    Form: StopForm,
    input: (v, ids) => ({ InstanceIds: ids, ...v }),
    schema: StopInstancesInput,
    action: stopInstances,
  }),
  define<RebootValues>({
    kind: "reboot",
    initial: () => ({ StopType: "SOFT" }),
    Form: RebootForm,
    input: (v, ids) => ({ InstanceIds: ids, ...v }),
    schema: RebootInstancesInput,
    action: rebootInstances,
  }),
  define<TerminateValues>({
    kind: "terminate",
    initial: () => ({ ReleasePrepaidDataDisks: false }),
    Form: TerminateForm,
    price: (_v, ids) => ({ kind: "terminate", InstanceIds: ids }),
    input: (v, ids) => ({ InstanceIds: ids, ...v }),
    schema: TerminateInstancesInput,
    action: terminateInstances,
    notice: () => "ops.terminate.notice",
    acknowledge: true,
  }),
];
