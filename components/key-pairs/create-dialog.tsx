"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useCreateKeyPairMutation } from "@/lib/queries/key-pairs";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { Icon } from "@/components/ui/icons";
import { FormAlert } from "@/components/settings/form-alert";
import { fieldError, actionError } from "@/lib/action-result";

/** Hands the PEM to the browser's download manager; nothing of it stays in the page once the URL is revoked. */
function downloadPem(fileName: string, pem: string): void {
  const url = URL.createObjectURL(new Blob([pem], { type: "application/x-pem-file" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * CreateKeyPair: name → the private key, offered once as a download (Tencent does not keep it, seed 28780, and
 * neither does the console). Closing the dialog resets the mutation, and its gcTime of 0 lets React Query drop the
 * answer at once, so the key is gone from memory the console controls.
 */
export function CreateKeyPairDialog({ accountId, region, open, onClose }: { accountId: string; region: string; open: boolean; onClose: () => void }) {
  const t = useT();
  const mutation = useCreateKeyPairMutation(accountId, region);
  const [name, setName] = useState("");
  const [downloaded, setDownloaded] = useState(false);
  const [warned, setWarned] = useState(false);
  const created = mutation.data?.ok ? mutation.data : null;
  const error = actionError(mutation.data);

  const close = () => {
    if (created && !downloaded && !warned) {
      setWarned(true); // one more click: the key cannot be fetched again
      return;
    }
    mutation.reset();
    setName("");
    setDownloaded(false);
    setWarned(false);
    onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title={created ? t("keyPairs.created.title", { name: created.keyName }) : t("keyPairs.create")}
      description={created ? undefined : t("keyPairs.createHint")}
      closeLabel={t("common.close")}
      testId="create-key-pair-dialog"
      footer={
        created ? (
          <Button onClick={close} data-testid="key-pair-created-close">
            {warned && !downloaded ? t("keyPairs.created.closeAnyway") : t("keyPairs.created.done")}
          </Button>
        ) : (
          <>
            <Button onClick={close}>{t("common.cancel")}</Button>
            <Button variant="primary" disabled={mutation.isPending} onClick={() => mutation.mutate({ accountId, region, KeyName: name })} data-testid="key-pair-create-submit">
              {mutation.isPending ? t("keyPairs.creating") : t("keyPairs.create")}
            </Button>
          </>
        )
      }
    >
      {created ? (
        <div className="space-y-3 text-[13px]" data-testid="key-pair-created" data-key-id={created.keyId}>
          <p>{t("keyPairs.created.once")}</p>
          <Button variant="primary" onClick={() => (downloadPem(`${created.keyName}.pem`, created.privateKey), setDownloaded(true))} data-testid="key-pair-download">
            {t("keyPairs.created.download", { file: `${created.keyName}.pem` })}
          </Button>
          {downloaded && (
            <p className="text-emerald-700 dark:text-emerald-300" data-testid="key-pair-downloaded">
              {t("keyPairs.created.downloaded")}
            </p>
          )}
          {warned && !downloaded && (
            <p role="alert" className="flex gap-2 rounded-md bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-400/10 dark:text-amber-200">
              <Icon name="alert" className="mt-0.5 size-4 shrink-0" />
              {t("keyPairs.created.notDownloaded")}
            </p>
          )}
          <p className="text-xs text-muted">{t("keyPairs.created.usage", { id: created.keyId })}</p>
        </div>
      ) : (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            mutation.mutate({ accountId, region, KeyName: name });
          }}
        >
          <TextField
            id="key-pair-name"
            label={t("keyPairs.field.name")}
            hint={t("keyPairs.field.nameHint")}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fieldError(error, "KeyName")}
            autoFocus
            data-testid="key-pair-name"
          />
          <FormAlert error={error} testId="key-pair-create-error" />
        </form>
      )}
    </Dialog>
  );
}
