"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useExportImagesMutation } from "@/lib/queries/images";
import { EXPORT_FORMATS, ExportImagesInput } from "@/lib/images/schemas";
import type { ImageView } from "@/lib/images/types";
import { actionError, fieldError } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, TextField } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { ActionErrorNote } from "../action-error";
import { useZodErrors } from "./use-zod-errors";

/** ExportImages (seed 27420–27698): custom images to a COS bucket; the answer names every file written. */
export function ExportImagesDialog({ accountId, region, images, onClose }: { accountId: string; region: string; images: ImageView[]; onClose: () => void }) {
  const t = useT();
  const [bucket, setBucket] = useState("");
  const [format, setFormat] = useState<(typeof EXPORT_FORMATS)[number]>("QCOW2");
  const [prefix, setPrefix] = useState("");
  const [rootOnly, setRootOnly] = useState(false);
  const [role, setRole] = useState("");
  const run = useExportImagesMutation(accountId);
  const input = { accountId, region, ImageIds: images.map((i) => i.ImageId), BucketName: bucket, ExportFormat: format, FileNamePrefix: prefix, OnlyExportRootDisk: rootOnly, RoleName: role };
  const { errors, check } = useZodErrors(ExportImagesInput, input);
  const result = run.data;
  const error = actionError(result);
  const done = result?.ok ? result : null;
  const submit = () => {
    if (check()) run.mutate(input);
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t("images.export.title", { count: images.length })}
      description={t("images.export.description")}
      closeLabel={t("common.close")}
      testId="image-export-dialog"
      footer={
        done ? (
          <Button variant="primary" onClick={onClose}>
            {t("common.close")}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t("common.cancel")}</Button>
            <Button variant="primary" onClick={submit} disabled={run.isPending} data-testid="image-export-submit">
              {run.isPending ? t("images.export.exporting") : t("images.export.submit")}
            </Button>
          </>
        )
      }
    >
      {done ? (
        <div className="space-y-2 text-[13px]" data-testid="image-export-done">
          <p>{t("images.export.started", { task: String(done.taskId) })}</p>
          <ul className="space-y-0.5 rounded-md bg-subtle px-3 py-2 font-mono text-xs">
            {done.cosPaths.map((p) => (
              <li key={p} className="break-all">
                cos://{bucket}
                {p}
              </li>
            ))}
          </ul>
          <p className="text-xs text-muted">{t("images.export.afterwards")}</p>
        </div>
      ) : (
        <div className="space-y-3">
          <p className="text-xs text-muted">{images.map((i) => `${i.ImageName} (${i.ImageId})`).join(", ")}</p>
          <TextField id="image-export-bucket" label={t("images.export.bucket")} value={bucket} onChange={(e) => setBucket(e.target.value.trim())} error={errors.BucketName ?? fieldError(error, "BucketName")} hint={t("images.export.bucketHint")} placeholder="images-1250000000" />
          <Field id="image-export-format" label={t("images.export.format")}>
            <Select id="image-export-format" value={format} onChange={(e) => setFormat(e.target.value as typeof format)}>
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </Select>
          </Field>
          <TextField id="image-export-prefix" label={t("images.export.prefix")} value={prefix} onChange={(e) => setPrefix(e.target.value.trim())} error={errors.FileNamePrefix} hint={t("images.export.prefixHint")} />
          <TextField id="image-export-role" label={t("images.export.role")} value={role} onChange={(e) => setRole(e.target.value.trim())} error={errors.RoleName} placeholder="CVM_QcsRole" hint={t("images.export.roleHint")} />
          <label className="flex items-center gap-2 text-[13px]">
            <input type="checkbox" checked={rootOnly} onChange={(e) => setRootOnly(e.target.checked)} />
            {t("images.export.rootOnly")}
          </label>
          <ActionErrorNote error={error} />
        </div>
      )}
    </Dialog>
  );
}
