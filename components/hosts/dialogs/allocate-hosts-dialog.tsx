"use client";

import { useMemo, useState } from "react";
import { useLocale, useT } from "@/lib/i18n/provider";
import { useZonesQuery } from "@/lib/queries/regions";
import { useAllocateHostsMutation, useHostRenewPriceQuery } from "@/lib/queries/hosts";
import { AllocateHostsInput, HOST_PERIODS, HOST_RENEW_FLAGS, KNOWN_HOST_TYPES, MAX_ALLOCATE } from "@/lib/hosts/schemas";
import { formatCny, type HostView } from "@/lib/hosts/types";
import { actionError } from "@/lib/action-result";
import { FormDialog } from "@/components/ui/form-dialog";
import { Field, TextField } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { ActionErrorNote } from "@/components/images/action-error";
import { useZodErrors } from "@/components/images/dialogs/use-zod-errors";

type Period = (typeof HOST_PERIODS)[number];
type RenewFlag = (typeof HOST_RENEW_FLAGS)[number];

/**
 * AllocateHosts (seed 21334–21578): prepaid CDH hosts with their term and renewal setting. The CVM API has no price
 * inquiry for a new host; when a host of the same type already runs in the zone, InquiryPriceRenewHosts for the same
 * term prices it (the same price model) and is shown as the estimate, else the operator confirms without one.
 */
export function AllocateHostsDialog({ accountId, region, language, hosts, onClose, onAllocated }: {
  accountId: string;
  region: string;
  language: string;
  hosts: HostView[];
  onClose: () => void;
  onAllocated: (ids: string[]) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const zones = useZonesQuery(accountId, region, language);
  const available = (zones.data ?? []).filter((z) => z.ZoneState === "AVAILABLE");
  const [zone, setZone] = useState("");
  const [type, setType] = useState<string>("HS1");
  const [count, setCount] = useState(1);
  const [period, setPeriod] = useState<Period>(1);
  const [renewFlag, setRenewFlag] = useState<RenewFlag>("NOTIFY_AND_AUTO_RENEW");
  const [project, setProject] = useState(0);
  const [acknowledged, setAcknowledged] = useState(false);
  const chosenZone = zone || available[0]?.Zone || "";
  const allocate = useAllocateHostsMutation(accountId);
  // One ClientToken per distinct request (seed 21363): a retry of the same request buys nothing twice.
  const fingerprint = `${chosenZone}|${type}|${count}|${period}|${renewFlag}|${project}`;
  const clientToken = useMemo(() => crypto.randomUUID(), [fingerprint]); // eslint-disable-line react-hooks/exhaustive-deps
  const input = { accountId, region, Zone: chosenZone, HostType: type, HostCount: count, Period: period, RenewFlag: renewFlag, ProjectId: project, ClientToken: clientToken };
  const { errors, check } = useZodErrors(AllocateHostsInput, input);
  const twin = hosts.find((h) => h.HostType === type && h.Zone === chosenZone && (h.HostState === "RUNNING" || h.HostState === "EXPIRED"));
  const price = useHostRenewPriceQuery(accountId, region, twin ? [twin.HostId] : [], period, !!twin);
  const priced = !!price.data;
  const error = actionError(allocate.data);
  const submit = async () => {
    if (!check()) return;
    const res = await allocate.mutateAsync(input);
    if (res.ok) onAllocated(res.hostIds);
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t("hosts.allocate.title")}
      description={t("hosts.allocate.description")}
      testId="host-allocate-dialog"
      onSubmit={submit}
      submitLabel={t("hosts.allocate.submit", { count })}
      pendingLabel={t("hosts.allocate.allocating")}
      pending={allocate.isPending}
      disabled={(!priced && !acknowledged) || !chosenZone}
      submitTestId="host-allocate-submit"
    >
      <div className="space-y-3">
        <div className="grid grid-cols-2 gap-3">
          <Field id="host-allocate-zone" label={t("hosts.col.zone")} error={errors.Zone}>
            <Select id="host-allocate-zone" value={chosenZone} onChange={(e) => setZone(e.target.value)} data-testid="host-allocate-zone">
              {available.map((z) => (
                <option key={z.Zone} value={z.Zone}>
                  {z.ZoneName} ({z.Zone})
                </option>
              ))}
            </Select>
          </Field>
          <Field id="host-allocate-type" label={t("hosts.col.type")} error={errors.HostType} hint={t("hosts.allocate.typeHint")}>
            <input id="host-allocate-type" list="host-types" value={type} onChange={(e) => setType(e.target.value.trim().toUpperCase())} className="h-8 w-full rounded-md border border-line-strong bg-surface px-2.5 font-mono text-sm" data-testid="host-allocate-type" />
            <datalist id="host-types">
              {KNOWN_HOST_TYPES.map((k) => (
                <option key={k} value={k} />
              ))}
            </datalist>
          </Field>
          <TextField id="host-allocate-count" type="number" min={1} max={MAX_ALLOCATE} label={t("hosts.allocate.count")} value={count} onChange={(e) => setCount(Number(e.target.value))} error={errors.HostCount} />
          <TextField id="host-allocate-project" type="number" min={0} label={t("hosts.allocate.project")} value={project} onChange={(e) => setProject(Number(e.target.value))} error={errors.ProjectId} />
          <Field id="host-allocate-period" label={t("hosts.renew.period")}>
            <Select id="host-allocate-period" value={period} onChange={(e) => setPeriod(Number(e.target.value) as Period)} data-testid="host-allocate-period">
              {HOST_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t("hosts.months", { count: p })}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <fieldset>
          <legend className="mb-1 text-[13px] font-medium">{t("hosts.allocate.renewal")}</legend>
          {HOST_RENEW_FLAGS.map((f) => (
            <label key={f} className="flex items-center gap-2 text-[13px]">
              <input type="radio" name="host-renew-flag" checked={renewFlag === f} onChange={() => setRenewFlag(f)} />
              {t(`hosts.renewFlag.${f}`)}
            </label>
          ))}
        </fieldset>
        <div className="rounded-md border border-line bg-subtle/60 px-3 py-2 text-[13px]" data-testid="host-allocate-price" aria-live="polite">
          {twin && price.data ? (
            <p>
              {t("hosts.allocate.estimate")} <strong data-testid="host-allocate-amount">{formatCny(price.data.amount * count, locale)}</strong>{" "}
              <span className="text-xs text-muted">{t("hosts.allocate.estimateBasis", { host: twin.HostId, months: period })}</span>
            </p>
          ) : twin && price.isLoading ? (
            <p className="text-muted">{t("hosts.price.asking")}</p>
          ) : (
            <label className="flex items-start gap-2">
              <input type="checkbox" className="mt-0.5" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} data-testid="host-allocate-ack" />
              <span>{t("hosts.allocate.noPrice")}</span>
            </label>
          )}
        </div>
        <ActionErrorNote error={error} />
      </div>
    </FormDialog>
  );
}
