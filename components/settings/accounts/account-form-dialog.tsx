"use client";

import type { FormEvent } from "react";
import { useT } from "@/lib/i18n/provider";
import { FALLBACK_REGION } from "@/lib/region";
import { useCreateCloudAccountMutation, useUpdateCloudAccountMutation } from "@/lib/queries/cloud-accounts";
import type { CloudAccountView } from "@/server/accounts/store";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "../form-alert";
import { fieldError } from "@/lib/action-result";

export type AccountFormTarget = { mode: "create" } | { mode: "edit"; account: CloudAccountView };

/**
 * Add or edit a cloud account. The secret key is write-only: never pre-filled, and left blank on edit it
 * keeps the stored one. `key` on the form resets its fields whenever another account is opened.
 */
export function AccountFormDialog({ target, onClose }: { target: AccountFormTarget | null; onClose: () => void }) {
  const t = useT();
  const create = useCreateCloudAccountMutation();
  const update = useUpdateCloudAccountMutation();
  const editing = target?.mode === "edit" ? target.account : null;
  const mutation = editing ? update : create;
  const error = mutation.data && !mutation.data.ok ? mutation.data.error : null;
  const pending = create.isPending || update.isPending;

  function close() {
    create.reset();
    update.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fields = {
      name: String(form.get("name") ?? ""),
      endpoint: String(form.get("endpoint") ?? ""),
      secretId: String(form.get("secretId") ?? ""),
      secretKey: String(form.get("secretKey") ?? ""),
      defaultRegion: String(form.get("defaultRegion") ?? ""),
    };
    const done = { onSuccess: (result: { ok: boolean }) => result.ok && close() };
    if (editing) update.mutate({ id: editing.id, ...fields }, done);
    else create.mutate(fields, done);
  }

  return (
    <Dialog
      open={target !== null}
      onClose={close}
      title={editing ? t("accounts.edit.title", { name: editing.name }) : t("accounts.create.title")}
      description={t("accounts.form.description")}
      closeLabel={t("common.close")}
      testId="account-form-dialog"
    >
      <form key={editing?.id ?? "new"} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <FormAlert error={error} testId="account-form-error" />
        <TextField id="account-name" name="name" defaultValue={editing?.name} label={t("accounts.field.name")} error={fieldError(error, "name")} data-testid="account-name" />
        <TextField
          id="account-endpoint"
          name="endpoint"
          defaultValue={editing?.endpoint}
          placeholder="https://cvm.tencentcloudapi.com"
          label={t("accounts.field.endpoint")}
          hint={editing ? t("accounts.field.endpointHintEdit") : t("accounts.field.endpointHint")}
          error={fieldError(error, "endpoint")}
          data-testid="account-endpoint"
        />
        <TextField id="account-secret-id" name="secretId" autoComplete="off" spellCheck={false} label={t("accounts.field.secretId")} hint={editing ? t("accounts.field.secretIdHintEdit", { masked: editing.secretIdMasked }) : undefined} error={fieldError(error, "secretId")} data-testid="account-secret-id" />
        <TextField
          id="account-secret-key"
          name="secretKey"
          type="password"
          autoComplete="new-password"
          label={t("accounts.field.secretKey")}
          hint={editing ? t("accounts.field.secretKeyHintEdit") : t("accounts.field.secretKeyHint")}
          error={fieldError(error, "secretKey")}
          data-testid="account-secret-key"
        />
        <TextField
          id="account-region"
          name="defaultRegion"
          defaultValue={editing?.defaultRegion ?? FALLBACK_REGION}
          spellCheck={false}
          label={t("accounts.field.defaultRegion")}
          error={fieldError(error, "defaultRegion")}
          data-testid="account-region"
        />
        <div className="mt-2 flex justify-end gap-2">
          <Button onClick={close}>{t("common.cancel")}</Button>
          <Button type="submit" variant="primary" disabled={pending} data-testid="account-submit">
            {pending ? t("common.saving") : editing ? t("common.save") : t("accounts.create.submit")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
