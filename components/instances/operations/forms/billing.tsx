"use client";

import { useT } from "@/lib/i18n/provider";
import { changeInstancesChargeType } from "@/server/actions/instances/change-charge-type";
import { renewInstances } from "@/server/actions/instances/renew";
import { modifyInstancesRenewFlag } from "@/server/actions/instances/renew-flag";
import { ModifyInstancesChargeTypeInput, ModifyInstancesRenewFlagInput, PERIODS, RENEW_FLAGS, RenewInstancesInput } from "@/lib/instances/operations/schemas";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { define, type FormProps } from "../definition";
import { Check, Note, Segmented } from "./controls";

type RenewFlag = (typeof RENEW_FLAGS)[number];

function PeriodField({ value, onChange, error }: { value: number; onChange: (v: number) => void; error?: string }) {
  const t = useT();
  return (
    <Field id="op-period" label={t("ops.f.period")} error={error}>
      <Select id="op-period" value={String(value)} onChange={(e) => onChange(Number(e.target.value))} data-testid="op-period" wrapperClassName="w-40">
        {PERIODS.map((p) => (
          <option key={p} value={p}>
            {t("ops.period.months", { count: p })}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function RenewFlagField({ value, onChange }: { value: RenewFlag; onChange: (v: RenewFlag) => void }) {
  const t = useT();
  return (
    <Field id="op-renew-flag" label={t("ops.f.renewFlag")}>
      <Select id="op-renew-flag" value={value} onChange={(e) => onChange(e.target.value as RenewFlag)} data-testid="op-renew-flag">
        {RENEW_FLAGS.map((f) => (
          <option key={f} value={f}>
            {t(`ops.renewFlag.${f}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

type ChargeValues = { InstanceChargeType: "PREPAID" | "POSTPAID_BY_HOUR"; Period: number; RenewFlag: RenewFlag };

function ChargeTypeForm({ values, set, ctx }: FormProps<ChargeValues>) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <Segmented
        name="op-charge-type"
        label={t("ops.f.chargeType")}
        value={values.InstanceChargeType}
        onChange={(InstanceChargeType) => set({ InstanceChargeType })}
        options={[
          { value: "PREPAID", label: t("ops.chargeType.PREPAID") },
          { value: "POSTPAID_BY_HOUR", label: t("ops.chargeType.POSTPAID_BY_HOUR") },
        ]}
      />
      {values.InstanceChargeType === "PREPAID" ? (
        <div className="flex flex-wrap gap-3">
          <PeriodField value={values.Period} onChange={(Period) => set({ Period })} error={ctx.errors.Period} />
          <RenewFlagField value={values.RenewFlag} onChange={(RenewFlag) => set({ RenewFlag })} />
        </div>
      ) : (
        <Note>{t("ops.chargeType.toPostpaidNote")}</Note>
      )}
    </div>
  );
}

type RenewValues = { Period: number; RenewPortableDataDisk: boolean };

function RenewForm({ values, set, ctx }: FormProps<RenewValues>) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <PeriodField value={values.Period} onChange={(Period) => set({ Period })} error={ctx.errors.Period} />
      <Check id="op-renew-disks" label={t("ops.f.renewPortableDataDisk")} checked={values.RenewPortableDataDisk} onChange={(RenewPortableDataDisk) => set({ RenewPortableDataDisk })} />
    </div>
  );
}

type FlagValues = { RenewFlag: RenewFlag };

function RenewFlagForm({ values, set }: FormProps<FlagValues>) {
  return <RenewFlagField value={values.RenewFlag} onChange={(RenewFlag) => set({ RenewFlag })} />;
}

export const billingDefinitions = [
  define<ChargeValues>({
    kind: "changeChargeType",
    initial: (targets) => ({
      InstanceChargeType: targets.every((i) => i.InstanceChargeType === "PREPAID") ? "POSTPAID_BY_HOUR" : "PREPAID",
      Period: 1,
      RenewFlag: "NOTIFY_AND_MANUAL_RENEW",
    }),
    Form: ChargeTypeForm,
    eligibility: (v) => ({ targetChargeType: v.InstanceChargeType }),
    price: (v, ids) => ({ kind: "changeChargeType", InstanceIds: ids, InstanceChargeType: v.InstanceChargeType, ...(v.InstanceChargeType === "PREPAID" ? { Period: v.Period, RenewFlag: v.RenewFlag } : {}) }),
    input: (v, ids) => ({ InstanceIds: ids, InstanceChargeType: v.InstanceChargeType, ...(v.InstanceChargeType === "PREPAID" ? { Period: v.Period, RenewFlag: v.RenewFlag } : {}) }),
    schema: ModifyInstancesChargeTypeInput,
    action: changeInstancesChargeType,
  }),
  define<RenewValues>({
    kind: "renew",
    initial: () => ({ Period: 1, RenewPortableDataDisk: true }),
    Form: RenewForm,
    price: (v, ids) => ({ kind: "renew", InstanceIds: ids, Period: v.Period, RenewPortableDataDisk: v.RenewPortableDataDisk }),
    input: (v, ids) => ({ InstanceIds: ids, ...v }),
    schema: RenewInstancesInput,
    action: renewInstances,
  }),
  define<FlagValues>({
    kind: "renewFlag",
    initial: (targets) => ({ RenewFlag: targets.length === 1 && RENEW_FLAGS.includes(targets[0].RenewFlag as RenewFlag) ? (targets[0].RenewFlag as RenewFlag) : "NOTIFY_AND_AUTO_RENEW" }),
    Form: RenewFlagForm,
    input: (v, ids) => ({ InstanceIds: ids, RenewFlag: v.RenewFlag }),
    schema: ModifyInstancesRenewFlagInput,
    action: modifyInstancesRenewFlag,
  }),
];
