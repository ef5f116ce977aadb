"use client";

import { useState } from "react";
import Link from "next/link";
import { useMutation } from "@tanstack/react-query";
import { useT } from "@/lib/i18n/provider";
import type { PurchaseConfig } from "@/lib/purchase/config";
import { saveLaunchTemplate } from "@/server/actions/purchase/save-template";
import { Button, buttonClass } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/settings/form-alert";
import { fieldError } from "@/lib/action-result";

/** "Save as launch template" (CreateLaunchTemplate): the wizard's configuration under a name; never the password. */
export function SaveTemplateDialog({ open, onClose, accountId, config }: { open: boolean; onClose: () => void; accountId: string; config: PurchaseConfig }) {
  const t = useT();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const save = useMutation({ mutationFn: saveLaunchTemplate });
  const result = save.data;
  const error = result && !result.ok ? result.error : save.error ? { code: "ClientNetworkError", message: t("error.generic") } : null;
  const configProblem = Object.entries(error?.fieldErrors ?? {}).find(([k]) => k.startsWith("config."))?.[1];
  const close = () => {
    save.reset();
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      title={t("purchase.template.title")}
      description={t("purchase.template.description")}
      closeLabel={t("common.close")}
      testId="purchase-template-dialog"
      footer={
        result?.ok ? (
          <>
            <Link href="/launch-templates" className={buttonClass("secondary")}>
              {t("purchase.template.open")}
            </Link>
            <Button variant="primary" onClick={close}>
              {t("common.close")}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={close}>{t("common.cancel")}</Button>
            <Button
              variant="primary"
              disabled={save.isPending}
              onClick={() => save.mutate({ accountId, name, description, config })}
              data-testid="purchase-template-save"
            >
              {save.isPending ? t("common.saving") : t("common.save")}
            </Button>
          </>
        )
      }
    >
      {result?.ok ? (
        <p className="text-[13px]" data-testid="purchase-template-saved">
          {t("purchase.template.saved")} <span className="font-mono">{result.launchTemplateId}</span>
        </p>
      ) : (
        <div className="flex flex-col gap-3">
          <TextField id="purchase-template-name" label={t("purchase.template.name")} value={name} onChange={(e) => setName(e.target.value)} error={fieldError(error, "name")} maxLength={128} />
          <TextField
            id="purchase-template-description"
            label={t("purchase.template.versionDescription")}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            error={fieldError(error, "description")}
            maxLength={256}
          />
          <p className="text-xs text-muted">{t("purchase.template.passwordNote")}</p>
          <FormAlert error={error} testId="purchase-template-error" />
          {configProblem && (
            <p className="text-xs text-red-600 dark:text-red-400" data-testid="purchase-template-config-error">
              {t("purchase.template.fixConfig")} {configProblem}
            </p>
          )}
        </div>
      )}
    </Dialog>
  );
}
