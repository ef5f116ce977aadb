"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useConvertOsMutation } from "@/lib/queries/images";
import type { SourceInstance } from "@/lib/images/types";
import { actionError } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ActionErrorNote } from "../action-error";
import { InstancePicker } from "../instance-picker";

/** seed 28274: only CentOS 7 and CentOS 8 instances convert (to TencentOS, seed 28320). */
const CONVERTIBLE = /^CentOS [78](\.|\s|$)/;

/**
 * ConvertOperatingSystems (seed 28263–28506): running CentOS 7 / 8 instances converted in place to TencentOS. The
 * check (DryRun) runs first and names the target system; converting is a second, explicit step.
 */
export function ConvertOsDialog({ accountId, region, onClose }: { accountId: string; region: string; onClose: () => void }) {
  const t = useT();
  const [ids, setIds] = useState<string[]>([]);
  const [minimal, setMinimal] = useState(false);
  const check = useConvertOsMutation(accountId);
  const convert = useConvertOsMutation(accountId);
  const input = { accountId, region, InstanceIds: ids, MinimalConversion: minimal };
  const checked = check.data?.ok && check.variables?.InstanceIds.join() === ids.join() && check.variables.MinimalConversion === minimal ? check.data : null;
  const error = actionError(convert.data) ?? actionError(check.data);
  const done = convert.data?.ok ? convert.data : null;
  const reasonOf = (i: SourceInstance) => {
    if (/windows/i.test(i.OsName)) return t("images.convert.reason.windows");
    if (!CONVERTIBLE.test(i.OsName)) return t("images.convert.reason.os");
    if (i.InstanceState !== "RUNNING") return t("images.convert.reason.state");
    if (i.busy) return t("images.create.reason.busy");
    return null;
  };
  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title={t("images.convert.title")}
      description={t("images.convert.description")}
      closeLabel={t("common.close")}
      testId="image-convert-dialog"
      footer={
        done ? (
          <Button variant="primary" onClick={onClose}>
            {t("common.close")}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t("common.cancel")}</Button>
            <Button onClick={() => check.mutate({ ...input, DryRun: true })} disabled={ids.length === 0 || check.isPending} data-testid="image-convert-check">
              {check.isPending ? t("images.convert.checking") : t("images.convert.check")}
            </Button>
            <Button variant="danger" onClick={() => convert.mutate(input)} disabled={!checked || convert.isPending} data-testid="image-convert-submit">
              {t("images.convert.submit", { count: ids.length })}
            </Button>
          </>
        )
      }
    >
      {done ? (
        <p className="text-[13px]" data-testid="image-convert-done">
          {t("images.convert.started", { task: done.taskId, count: ids.length })}
        </p>
      ) : (
        <div className="space-y-3">
          <InstancePicker accountId={accountId} region={region} multiple chosen={ids} onChoose={(next) => setIds(next)} reasonOf={reasonOf} />
          <label className="flex items-start gap-2 text-[13px]">
            <input type="checkbox" className="mt-0.5" checked={minimal} onChange={(e) => setMinimal(e.target.checked)} />
            <span>
              {t("images.convert.minimal")}
              <span className="block text-xs text-muted">{t("images.convert.minimalHint")}</span>
            </span>
          </label>
          {checked && (
            <p className="rounded-md bg-emerald-50 px-3 py-2 text-[13px] text-emerald-900 dark:bg-emerald-500/10 dark:text-emerald-200" data-testid="image-convert-checked">
              {t("images.convert.checkedOk", { targets: checked.targets.map((x) => `${x.TargetOSType} ${x.TargetOSVersion}`).join(", ") || "TencentOS" })}
            </p>
          )}
          <p className="text-xs text-muted">{t("images.convert.warning")}</p>
          <ActionErrorNote error={error} />
        </div>
      )}
    </Dialog>
  );
}
