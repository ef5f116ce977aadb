"use client";

import { useState } from "react";
import { useLocale, useT } from "@/lib/i18n/provider";
import { useHostRenewPriceQuery, useRenewHostsMutation } from "@/lib/queries/hosts";
import { ApiRouteError } from "@/lib/queries/fetch-json";
import { HOST_PERIODS } from "@/lib/hosts/schemas";
import { formatCny, type HostView } from "@/lib/hosts/types";
import { formatDateTime } from "@/lib/format";
import { actionError } from "@/lib/action-result";
import { FormDialog } from "@/components/ui/form-dialog";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { ActionErrorNote } from "@/components/images/action-error";

type Period = (typeof HOST_PERIODS)[number];

/** RenewHosts with the price first (InquiryPriceRenewHosts, seed 21924): the confirm button waits for the quote. */
export function RenewHostsDialog({ accountId, region, hosts, onClose }: { accountId: string; region: string; hosts: HostView[]; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const [period, setPeriod] = useState<Period>(1);
  const ids = hosts.map((h) => h.HostId);
  const price = useHostRenewPriceQuery(accountId, region, ids, period);
  const renew = useRenewHostsMutation(accountId);
  const error = actionError(renew.data);
  const priceError = price.error instanceof ApiRouteError ? price.error.error : null;
  const submit = async () => {
    const res = await renew.mutateAsync({ accountId, region, HostIds: ids, Period: period });
    if (res.ok) onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t("hosts.renew.title", { count: hosts.length })}
      testId="host-renew-dialog"
      onSubmit={submit}
      submitLabel={t("hosts.renew.submit")}
      pendingLabel={t("hosts.renew.renewing")}
      pending={renew.isPending}
      disabled={!price.data}
      submitTestId="host-renew-submit"
    >
      <div className="space-y-3">
        <ul className="max-h-40 overflow-y-auto rounded-md border border-line text-[13px]">
          {hosts.map((h) => (
            <li key={h.HostId} className="flex justify-between gap-2 border-b border-line px-3 py-1 last:border-0">
              <span className="truncate">
                {h.HostName} <span className="font-mono text-xs text-muted">{h.HostId}</span>
              </span>
              <span className="text-xs text-muted tabular-nums">{t("hosts.renew.until", { time: formatDateTime(h.ExpiredTime) })}</span>
            </li>
          ))}
        </ul>
        <Field id="host-renew-period" label={t("hosts.renew.period")}>
          <Select id="host-renew-period" value={period} onChange={(e) => setPeriod(Number(e.target.value) as Period)} data-testid="host-renew-period">
            {HOST_PERIODS.map((p) => (
              <option key={p} value={p}>
                {t("hosts.months", { count: p })}
              </option>
            ))}
          </Select>
        </Field>
        <div className="rounded-md border border-line bg-subtle/60 px-3 py-2 text-[13px]" data-testid="host-renew-price" aria-live="polite">
          {price.data ? (
            <p>
              {t("hosts.renew.price")} <strong data-testid="host-renew-amount">{formatCny(price.data.amount, locale)}</strong>
              {price.data.original !== undefined && <span className="ml-1.5 text-xs text-muted line-through">{formatCny(price.data.original, locale)}</span>}
              <span className="block font-mono text-[11px] text-muted">RequestId {price.data.requestId}</span>
            </p>
          ) : price.isError ? (
            <p className="text-red-700 dark:text-red-300">
              {t("hosts.price.failed")} {priceError && <span className="font-mono text-xs">{priceError.code}</span>}
            </p>
          ) : (
            <p className="text-muted">{t("hosts.price.asking")}</p>
          )}
        </div>
        {priceError && <ActionErrorNote error={priceError} />}
        <ActionErrorNote error={error} />
      </div>
    </FormDialog>
  );
}
