"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useImageSharesQuery, useModifyImageMutation } from "@/lib/queries/images";
import { ModifyImageInput } from "@/lib/images/schemas";
import type { ImageView } from "@/lib/images/types";
import { actionError, fieldError } from "@/lib/action-result";
import { FormDialog } from "@/components/ui/form-dialog";
import { TextField } from "@/components/ui/field";
import { ActionErrorNote } from "../action-error";
import { useZodErrors } from "./use-zod-errors";

/**
 * ModifyImageAttribute (seed 26707–26895): only what changed is sent. An image shared with other accounts cannot be
 * modified (seed 26713: "已分享的镜像无法修改属性"): the dialog checks the shares first and says so.
 */
export function EditImageDialog({ accountId, region, image, onClose }: { accountId: string; region: string; image: ImageView; onClose: () => void }) {
  const t = useT();
  const [name, setName] = useState(image.ImageName);
  const [description, setDescription] = useState(image.ImageDescription);
  const [family, setFamily] = useState(image.ImageFamily);
  const [deprecated, setDeprecated] = useState(image.ImageDeprecated);
  const shares = useImageSharesQuery(accountId, region, image.ImageId, image.ImageState === "NORMAL");
  const shared = (shares.data?.length ?? 0) > 0;
  const modify = useModifyImageMutation(accountId);
  const input = {
    accountId,
    region,
    ImageId: image.ImageId,
    ...(name !== image.ImageName ? { ImageName: name } : {}),
    ...(description !== image.ImageDescription ? { ImageDescription: description } : {}),
    ...(family !== image.ImageFamily ? { ImageFamily: family } : {}),
    ...(deprecated !== image.ImageDeprecated ? { ImageDeprecated: deprecated } : {}),
  };
  const { errors, check } = useZodErrors(ModifyImageInput, input);
  const error = actionError(modify.data);
  const submit = async () => {
    if (!check()) return;
    const res = await modify.mutateAsync(input);
    if (res.ok) onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t("images.edit.title", { id: image.ImageId })}
      testId="image-edit-dialog"
      onSubmit={submit}
      submitLabel={t("common.save")}
      pending={modify.isPending}
      disabled={shared || shares.isLoading}
      submitTestId="image-edit-submit"
    >
      <div className="space-y-3">
        {shared && (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-[13px] text-amber-900 dark:bg-amber-400/10 dark:text-amber-200" data-testid="image-edit-shared">
            {t("images.edit.sharedBlock", { count: shares.data!.length })}
          </p>
        )}
        <TextField id="image-edit-name" label={t("images.field.name")} value={name} onChange={(e) => setName(e.target.value)} error={errors.ImageName ?? fieldError(error, "ImageName")} hint={t("images.field.nameHint")} />
        <TextField id="image-edit-description" label={t("images.field.description")} value={description} onChange={(e) => setDescription(e.target.value)} error={errors.ImageDescription} />
        <TextField id="image-edit-family" label={t("images.field.family")} value={family} onChange={(e) => setFamily(e.target.value.trim())} error={errors.ImageFamily ?? fieldError(error, "ImageFamily")} hint={t("images.edit.familyHint")} />
        <label className="flex items-start gap-2 text-[13px]">
          <input type="checkbox" className="mt-0.5" checked={deprecated} onChange={(e) => setDeprecated(e.target.checked)} data-testid="image-edit-deprecated" />
          <span>
            <span className="font-medium">{t("images.edit.deprecated")}</span>
            <span className="block text-xs text-muted">{t("images.edit.deprecatedHint")}</span>
          </span>
        </label>
        {errors.form && <p className="text-xs text-red-600 dark:text-red-400">{errors.form}</p>}
        <ActionErrorNote error={error} />
      </div>
    </FormDialog>
  );
}
