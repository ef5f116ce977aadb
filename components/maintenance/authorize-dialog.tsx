"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { MAX_LEAD_MS, MIN_LEAD_MS, reservationProblem, toBeijingTime } from "@/lib/maintenance/beijing-time";
import { authMethods, typeLabel } from "@/lib/maintenance/codes";
import type { RepairTaskRow } from "@/lib/maintenance/types";
import { useAuthorizeRepairTaskMutation } from "@/lib/queries/maintenance";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormAlert } from "@/components/settings/form-alert";
import { fieldError, actionError } from "@/lib/action-result";

/** A datetime-local value (the browser's zone) for `ms`. */
function localInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * RepairTaskControl: authorise now, or reserve a time 5 minutes to 48 hours ahead (picked in the browser's zone, sent
 * as Beijing time, seed 34685). Where the task offers it, a lossy local-disk migration can be allowed, with its
 * warning (seed 34691: all local-disk data is erased).
 */
export function AuthorizeTaskDialog({ accountId, region, task, onClose }: { accountId: string; region: string; task: RepairTaskRow; onClose: () => void }) {
  const t = useT();
  const mutation = useAuthorizeRepairTaskMutation(accountId);
  const methods = authMethods(task.AuthType);
  const [when, setWhen] = useState<"now" | "later">("now");
  const [opened] = useState(() => Date.now());
  const [at, setAt] = useState(() => localInput(opened + 60 * 60_000));
  const [lossy, setLossy] = useState(false);
  const atMs = new Date(at).getTime();
  const problem = when === "later" ? (Number.isNaN(atMs) ? "tooSoon" : reservationProblem(atMs, opened)) : null;
  const error = actionError(mutation.data);
  const timeError = problem ? t(problem === "tooSoon" ? "maintenance.validation.tooSoon" : "maintenance.validation.tooLate") : fieldError(error, "OrderAuthTime");
  const submit = () =>
    mutation.mutate(
      {
        accountId,
        region,
        Product: task.Product as "CVM",
        TaskId: task.TaskId,
        InstanceId: task.InstanceId,
        ...(when === "later" ? { OrderAuthTime: toBeijingTime(atMs) } : {}),
        LossyLocal: methods.lossyLocal && lossy,
      },
      { onSuccess: (r) => r.ok && onClose() },
    );
  return (
    <Dialog
      open
      onClose={onClose}
      title={t("maintenance.authorizeTitle", { id: task.TaskId })}
      description={`${t(typeLabel(task.TaskTypeId))} · ${task.Alias || task.InstanceId}`}
      closeLabel={t("common.close")}
      testId="authorize-task-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button variant="primary" onClick={submit} disabled={mutation.isPending || problem !== null} data-testid="authorize-task-submit">
            {mutation.isPending ? t("common.saving") : when === "now" ? t("maintenance.authorizeNow") : t("maintenance.reserve")}
          </Button>
        </>
      }
    >
      <div className="space-y-3 text-[13px]">
        <p className="rounded-md bg-subtle px-3 py-2 text-xs">{task.TaskDetail}</p>
        <p>
          {t("maintenance.method")} <b>{t(methods.default)}</b>
        </p>
        <fieldset className="space-y-1.5">
          <label className="flex items-center gap-2">
            <input type="radio" name="when" checked={when === "now"} onChange={() => setWhen("now")} data-testid="authorize-now" />
            {t("maintenance.when.now")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="when" checked={when === "later"} onChange={() => setWhen("later")} data-testid="authorize-later" />
            {t("maintenance.when.later")}
          </label>
        </fieldset>
        {when === "later" && (
          <Field id="authorize-at" label={t("maintenance.when.at")} error={timeError} hint={Number.isNaN(atMs) ? undefined : t("maintenance.when.beijing", { time: toBeijingTime(atMs), min: MIN_LEAD_MS / 60_000, max: MAX_LEAD_MS / 3_600_000 })}>
            <Input id="authorize-at" type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} aria-invalid={timeError ? true : undefined} data-testid="authorize-at" />
          </Field>
        )}
        {methods.lossyLocal && (
          <label className="flex items-start gap-2 rounded-md bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-400/10 dark:text-amber-200">
            <input type="checkbox" className="mt-0.5" checked={lossy} onChange={(e) => setLossy(e.target.checked)} data-testid="authorize-lossy" />
            <span>{t("maintenance.lossyLocal")}</span>
          </label>
        )}
        <FormAlert error={error} testId="authorize-task-error" />
      </div>
    </Dialog>
  );
}
