"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { KEY_DESCRIPTION_MAX } from "@/lib/key-pairs/schemas";
import type { KeyPairRow } from "@/lib/key-pairs/types";
import { useModifyKeyPairMutation } from "@/lib/queries/key-pairs";
import { actionError, fieldError } from "@/lib/action-result";
import { FormDialog } from "@/components/ui/form-dialog";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/settings/form-alert";

/** ModifyKeyPairAttribute: name and description; only what changed is sent. */
export function EditKeyPairDialog({ accountId, region, keyPair, onClose }: { accountId: string; region: string; keyPair: KeyPairRow; onClose: () => void }) {
  const t = useT();
  const mutation = useModifyKeyPairMutation(accountId, region);
  const [name, setName] = useState(keyPair.KeyName);
  const [description, setDescription] = useState(keyPair.Description);
  const error = actionError(mutation.data);
  const submit = () =>
    mutation.mutate(
      {
        accountId,
        region,
        KeyId: keyPair.KeyId,
        ...(name.trim() !== keyPair.KeyName ? { KeyName: name } : {}),
        ...(description.trim() !== keyPair.Description ? { Description: description } : {}),
      },
      { onSuccess: (r) => r.ok && onClose() },
    );
  return (
    <FormDialog
      onClose={onClose}
      title={t("keyPairs.edit", { id: keyPair.KeyId })}
      testId="edit-key-pair-dialog"
      onSubmit={submit}
      submitLabel={t("common.save")}
      pending={mutation.isPending}
      submitTestId="key-pair-edit-submit"
    >
      <div className="space-y-3">
        <TextField id="edit-key-name" label={t("keyPairs.field.name")} hint={t("keyPairs.field.nameHint")} value={name} onChange={(e) => setName(e.target.value)} error={fieldError(error, "KeyName")} data-testid="key-pair-edit-name" />
        <TextField
          id="edit-key-description"
          label={t("keyPairs.field.description")}
          hint={t("keyPairs.field.descriptionHint", { max: KEY_DESCRIPTION_MAX })}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={fieldError(error, "Description")}
          data-testid="key-pair-edit-description"
        />
        <FormAlert error={error} testId="key-pair-edit-error" />
      </div>
    </FormDialog>
  );
}
