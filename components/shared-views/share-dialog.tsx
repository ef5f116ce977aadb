"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useT } from "@/lib/i18n/provider";
import { COLUMNS, type ColumnId } from "@/lib/instances/columns";
import { DEFAULT_SHARED_VIEW_DAYS, SHARED_VIEW_DAYS, type SharedViewDays } from "@/lib/shared-views/schema";
import { formatDateTime } from "@/lib/format";
import { createSharedView } from "@/server/actions/shared-views/create";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, TextField } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { controlClass } from "@/components/ui/input";
import { FormAlert } from "@/components/settings/form-alert";
import { fieldError } from "@/lib/action-result";

type Props = { scope: "region" | "all"; q: string; columns: ColumnId[]; regionName: string; onClose: () => void };

/**
 * Share the list as it is now (region or every region, the search, the visible columns) as a read-only link for
 * people without a sign-in. The link is shown once, here; Settings → Shared views lists and revokes links.
 */
export function ShareDialog({ scope, q, columns, regionName, onClose }: Props) {
  const t = useT();
  const [name, setName] = useState(() => (q ? `${scope === "all" ? t("sharedViews.scope.all") : regionName}: ${q}` : scope === "all" ? t("sharedViews.scope.all") : regionName).slice(0, 80));
  const [days, setDays] = useState<SharedViewDays>(DEFAULT_SHARED_VIEW_DAYS);
  const [copied, setCopied] = useState(false);
  const create = useMutation({ mutationFn: createSharedView });
  const result = create.data;
  const error = result && !result.ok ? result.error : null;
  const url = result?.ok ? `${window.location.origin}${result.path}` : null;

  const copy = async () => {
    if (!url) return;
    await navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t("sharedViews.dialog.title")}
      description={t("sharedViews.dialog.description")}
      closeLabel={t("common.close")}
      testId="share-dialog"
      footer={
        url ? (
          <Button variant="primary" onClick={onClose} data-testid="share-done">
            {t("common.close")}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t("common.cancel")}</Button>
            <Button variant="primary" disabled={create.isPending} onClick={() => create.mutate({ name, scope, q, columns, days })} data-testid="share-create">
              {create.isPending ? t("sharedViews.dialog.creating") : t("sharedViews.dialog.create")}
            </Button>
          </>
        )
      }
    >
      {url && result?.ok ? (
        <div className="space-y-3 text-[13px]" data-testid="share-result">
          <Field id="share-url" label={t("sharedViews.dialog.link")}>
            <div className="flex gap-2">
              <input id="share-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} className={`${controlClass} font-mono text-xs`} data-testid="share-url" />
              <Button onClick={copy} data-testid="share-copy">
                {copied ? t("sharedViews.dialog.copied") : t("sharedViews.dialog.copy")}
              </Button>
            </div>
          </Field>
          <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-400/10 dark:text-amber-200">
            {t("sharedViews.dialog.once", { time: formatDateTime(result.view.expiresAt) })}
          </p>
          <a href={url} target="_blank" rel="noreferrer" className="text-accent hover:underline">
            {t("sharedViews.dialog.open")}
          </a>
        </div>
      ) : (
        <div className="space-y-3">
          <TextField id="share-name" label={t("sharedViews.field.name")} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} error={fieldError(error, "name")} data-testid="share-name" />
          <Field id="share-days" label={t("sharedViews.field.expires")}>
            <Select id="share-days" value={String(days)} onChange={(e) => setDays(Number(e.target.value) as SharedViewDays)} data-testid="share-days">
              {SHARED_VIEW_DAYS.map((d) => (
                <option key={d} value={d}>
                  {t(d === 1 ? "sharedViews.days.one" : "sharedViews.days.many", { count: d })}
                </option>
              ))}
            </Select>
          </Field>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 rounded-md border border-line px-3 py-2 text-[13px]">
            <dt className="text-muted">{t("sharedViews.field.where")}</dt>
            <dd>{scope === "all" ? t("sharedViews.scope.all") : regionName}</dd>
            <dt className="text-muted">{t("sharedViews.field.search")}</dt>
            <dd className="font-mono text-xs break-all">{q || t("sharedViews.scope.everything")}</dd>
            <dt className="text-muted">{t("sharedViews.field.columns")}</dt>
            <dd className="text-xs">{columns.map((id) => t(COLUMNS[id].label)).join(", ")}</dd>
          </dl>
          {fieldError(error, "q") && <p className="text-xs text-red-700 dark:text-red-300">{fieldError(error, "q")}</p>}
          <FormAlert error={error && !error.fieldErrors ? error : null} testId="share-error" />
        </div>
      )}
    </Dialog>
  );
}
