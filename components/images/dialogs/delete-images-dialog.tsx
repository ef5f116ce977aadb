"use client";

import { useEffect, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useDeleteImagesMutation } from "@/lib/queries/images";
import { isDeleteRefusal } from "@/lib/images/rules";
import type { ImageView } from "@/lib/images/types";
import { actionError } from "@/lib/action-result";
import { FormDialog } from "@/components/ui/form-dialog";
import { ActionErrorNote } from "../action-error";

/**
 * DeleteImages (seed 26896–27117), all or none. The check (DryRun) runs when the dialog opens, so a documented refusal
 * (shared, being made, in use) is explained before anything is confirmed; the delete button waits for a clean check.
 */
export function DeleteImagesDialog({ accountId, region, images, onClose }: { accountId: string; region: string; images: ImageView[]; onClose: () => void }) {
  const t = useT();
  const [snapshots, setSnapshots] = useState(false);
  const check = useDeleteImagesMutation(accountId);
  const run = useDeleteImagesMutation(accountId);
  const ids = images.map((i) => i.ImageId);
  const { mutate } = check;
  useEffect(() => {
    mutate({ accountId, region, ImageIds: ids, DryRun: true });
    // Checked once per opening: the selection of an open dialog does not change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const refusal = actionError(check.data);
  const error = actionError(run.data) ?? refusal;
  const explain = error && isDeleteRefusal(error.code) ? t(`images.delete.refusal.${error.code}`) : null;
  const submit = async () => {
    const res = await run.mutateAsync({ accountId, region, ImageIds: ids, DeleteBindedSnap: snapshots });
    if (res.ok) onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t("images.delete.title", { count: images.length })}
      testId="image-delete-dialog"
      variant="danger"
      onSubmit={submit}
      submitLabel={t("images.delete.submit", { count: images.length })}
      pendingLabel={t("images.delete.deleting")}
      pending={run.isPending}
      disabled={!check.data?.ok}
      submitTestId="image-delete-submit"
    >
      <div className="space-y-3">
        <ul className="max-h-40 overflow-y-auto rounded-md border border-line text-[13px]">
          {images.map((i) => (
            <li key={i.ImageId} className="flex justify-between gap-2 border-b border-line px-3 py-1 last:border-0">
              <span className="truncate">{i.ImageName}</span>
              <span className="font-mono text-xs text-muted">{i.ImageId}</span>
            </li>
          ))}
        </ul>
        <p className="text-xs text-muted" data-testid="image-delete-check" data-state={check.isPending ? "checking" : check.data?.ok ? "ok" : refusal ? "refused" : "idle"}>
          {check.isPending ? t("images.delete.checking") : check.data?.ok ? t("images.delete.checkedOk") : null}
        </p>
        <label className="flex items-start gap-2 text-[13px]">
          <input type="checkbox" className="mt-0.5" checked={snapshots} onChange={(e) => setSnapshots(e.target.checked)} />
          <span>
            {t("images.delete.snapshots")}
            <span className="block text-xs text-muted">{t("images.delete.snapshotsHint")}</span>
          </span>
        </label>
        <p className="text-xs text-muted">{t("images.delete.quotaNote")}</p>
        <ActionErrorNote error={error} explain={explain} />
      </div>
    </FormDialog>
  );
}
