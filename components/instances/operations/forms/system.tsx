"use client";

import { useT } from "@/lib/i18n/provider";
import { resetInstancesPassword } from "@/server/actions/instances/reset-password";
import { reinstallInstance } from "@/server/actions/instances/reinstall";
import { enterRescueMode } from "@/server/actions/instances/enter-rescue-mode";
import { exitRescueMode } from "@/server/actions/instances/exit-rescue-mode";
import { EnterRescueModeInput, ExitRescueModeInput, ResetInstanceInput, ResetInstancesPasswordInput } from "@/lib/instances/operations/schemas";
import { TextField } from "@/components/ui/field";
import { define, type FormProps } from "../definition";
import { Check, Note, Segmented } from "./controls";
import { IdListField, OptionField, PasswordField } from "./pickers";

type PasswordValues = { Password: string; UserName: string; ForceStop: boolean };

function ResetPasswordForm({ values, set, ctx }: FormProps<PasswordValues>) {
  const t = useT();
  const running = ctx.targets.filter((i) => i.InstanceState === "RUNNING").length;
  return (
    <div className="flex flex-col gap-3">
      <PasswordField id="op-password" label={t("ops.f.password")} value={values.Password} onChange={(Password) => set({ Password })} error={ctx.errors.Password} hint={t("ops.password.hint")} />
      <TextField id="op-username" label={t("ops.f.userName")} value={values.UserName} onChange={(e) => set({ UserName: e.target.value })} hint={t("ops.userName.hint")} error={ctx.errors.UserName} />
      <Check
        id="op-force-stop"
        testId="op-force-stop"
        label={t("ops.f.forceStop")}
        hint={running > 0 ? t("ops.forceStop.runningHint", { count: running }) : t("ops.forceStop.hint")}
        checked={values.ForceStop}
        onChange={(ForceStop) => set({ ForceStop })}
      />
    </div>
  );
}

type Login = "password" | "keys" | "image";
type ReinstallValues = { ImageId: string; login: Login; Password: string; KeyIds: string[] };

function ReinstallForm({ values, set, ctx }: FormProps<ReinstallValues>) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <OptionField
        id="op-image"
        kind="images"
        label={t("ops.f.image")}
        accountId={ctx.accountId}
        region={ctx.region}
        value={values.ImageId}
        onChange={(ImageId) => set({ ImageId })}
        error={ctx.errors.ImageId}
        hint={t("ops.image.hint")}
        placeholder="img-xxxxxxxx"
      />
      <Segmented
        name="op-login"
        label={t("ops.f.login")}
        value={values.login}
        onChange={(login) => set({ login })}
        options={[
          { value: "password", label: t("ops.login.password") },
          { value: "keys", label: t("ops.login.keys") },
          { value: "image", label: t("ops.login.image") },
        ]}
      />
      {values.login === "password" && <PasswordField id="op-password" label={t("ops.f.password")} value={values.Password} onChange={(Password) => set({ Password })} error={ctx.errors.Password} hint={t("ops.password.hint")} />}
      {values.login === "keys" && (
        <IdListField id="op-key-ids" label={t("ops.f.keyIds")} value={values.KeyIds} onChange={(KeyIds) => set({ KeyIds })} error={ctx.errors.KeyIds ?? ctx.errors["KeyIds.0"]} placeholder="skey-xxxxxxxx" />
      )}
      <Note tone="warning">{t("ops.reinstall.note")}</Note>
    </div>
  );
}

type RescueValues = { Password: string; Username: string; StopType: "SOFT" | "SOFT_FIRST" | "HARD" };

function RescueForm({ values, set, ctx }: FormProps<RescueValues>) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <PasswordField id="op-password" label={t("ops.f.rescuePassword")} value={values.Password} onChange={(Password) => set({ Password })} error={ctx.errors.Password} hint={t("ops.password.hint")} />
      <TextField id="op-username" label={t("ops.f.userName")} value={values.Username} onChange={(e) => set({ Username: e.target.value })} error={ctx.errors.Username} />
      <Segmented
        name="op-stop-type"
        label={t("ops.f.stopType")}
        value={values.StopType}
        onChange={(StopType) => set({ StopType })}
        options={[
          { value: "SOFT", label: t("ops.stopType.SOFT") },
          { value: "SOFT_FIRST", label: t("ops.stopType.SOFT_FIRST") },
          { value: "HARD", label: t("ops.stopType.HARD"), danger: true },
        ]}
      />
    </div>
  );
}

const optional = (s: string) => (s.trim() ? s.trim() : undefined);

export const systemDefinitions = [
  define<PasswordValues>({
    kind: "resetPassword",
    initial: () => ({ Password: "", UserName: "", ForceStop: false }),
    Form: ResetPasswordForm,
    eligibility: (v) => ({ forceStop: v.ForceStop }),
    input: (v, ids) => ({ InstanceIds: ids, Password: v.Password, UserName: optional(v.UserName), ForceStop: v.ForceStop }),
    schema: ResetInstancesPasswordInput,
    action: resetInstancesPassword,
  }),
  define<ReinstallValues>({
    kind: "reinstall",
    initial: (targets) => ({ ImageId: targets[0]?.ImageId ?? "", login: "password", Password: "", KeyIds: [] }),
    Form: ReinstallForm,
    price: (v, ids) => ({ kind: "reinstall", InstanceId: ids[0], ...(/^img-[a-z0-9]{8}$/.test(v.ImageId) ? { ImageId: v.ImageId } : {}) }),
    input: (v, ids) => ({
      InstanceId: ids[0],
      ImageId: optional(v.ImageId),
      ...(v.login === "password" ? { Password: v.Password } : v.login === "keys" ? { KeyIds: v.KeyIds } : { KeepImageLogin: true }),
    }),
    schema: ResetInstanceInput,
    action: reinstallInstance,
    acknowledge: true,
  }),
  define<RescueValues>({
    kind: "enterRescue",
    initial: () => ({ Password: "", Username: "", StopType: "SOFT" }),
    Form: RescueForm,
    input: (v, ids) => ({ InstanceId: ids[0], Password: v.Password, Username: optional(v.Username), StopType: v.StopType }),
    schema: EnterRescueModeInput,
    action: enterRescueMode,
  }),
  define<Record<string, never>>({
    kind: "exitRescue",
    initial: () => ({}),
    input: (_v, ids) => ({ InstanceId: ids[0] }),
    schema: ExitRescueModeInput,
    action: exitRescueMode,
  }),
];
