"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import { importInstancesActionTimer } from "@/server/actions/instances/import-action-timer";
import { deleteInstancesActionTimers } from "@/server/actions/instances/delete-action-timers";
import { instanceOperationKeys } from "@/lib/instances/operations/keys";
import { useActionTimers } from "@/lib/instances/operations/queries";
import { ImportActionTimerInput } from "@/lib/instances/operations/schemas";
import { Button } from "@/components/ui/button";
import { Field, fieldA11y } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormAlert } from "@/components/settings/form-alert";
import { define, type FormProps } from "../definition";
import { Note } from "./controls";

type TimerValues = { local: string };

/** "YYYY-MM-DDThh:mm" in the browser's zone, an hour from now (seed 35794: at least 5 minutes ahead). */
function inAnHour(): string {
  const d = new Date(Date.now() + 60 * 60_000);
  d.setSeconds(0, 0);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const toIso = (local: string) => {
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? "" : d.toISOString();
};

function TimerForm({ values, set, ctx }: FormProps<TimerValues>) {
  const t = useT();
  const queryClient = useQueryClient();
  const ids = ctx.targets.map((i) => i.InstanceId);
  const timers = useActionTimers(ctx.accountId, ctx.region, ids);
  const cancel = useMutation({
    mutationFn: deleteInstancesActionTimers,
    onSuccess: (r) => r.ok && queryClient.invalidateQueries({ queryKey: instanceOperationKeys.all(ctx.accountId) }),
  });
  const pending = (timers.data ?? []).filter((x) => x.Status === "UNDO");
  const iso = toIso(values.local);
  return (
    <div className="flex flex-col gap-3">
      <Field id="op-action-time" label={t("ops.f.actionTime")} error={ctx.errors.ActionTime} hint={iso ? t("ops.actionTime.hint", { utc: formatDateTime(iso) }) : undefined}>
        <Input {...fieldA11y("op-action-time", ctx.errors.ActionTime)} type="datetime-local" value={values.local} onChange={(e) => set({ local: e.target.value })} data-testid="op-action-time" className="w-60" />
      </Field>
      <Note>{t("ops.actionTime.note")}</Note>
      {pending.length > 0 && (
        <div className="flex flex-col gap-1" data-testid="op-timers">
          <p className="text-[13px] font-medium">{t("ops.timers.title", { count: pending.length })}</p>
          <ul className="divide-y divide-line rounded-md border border-line text-[13px]">
            {pending.map((x) => (
              <li key={x.ActionTimerId} className="flex items-center gap-3 px-2.5 py-1">
                <span className="font-mono text-xs">{x.InstanceId}</span>
                <span className="flex-1 text-muted">{formatDateTime(x.ActionTime)}</span>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={cancel.isPending}
                  onClick={() => cancel.mutate({ accountId: ctx.accountId, region: ctx.region, Timers: [{ ActionTimerId: x.ActionTimerId, InstanceId: x.InstanceId }] })}
                >
                  {t("ops.timers.cancel")}
                </Button>
              </li>
            ))}
          </ul>
          <FormAlert error={cancel.data && !cancel.data.ok ? cancel.data.error : null} />
        </div>
      )}
    </div>
  );
}

export const timerDefinitions = [
  define<TimerValues>({
    kind: "actionTimer",
    initial: () => ({ local: inAnHour() }),
    Form: TimerForm,
    input: (v, ids) => ({ InstanceIds: ids, ActionTime: toIso(v.local) }),
    schema: ImportActionTimerInput,
    action: importInstancesActionTimer,
  }),
];
