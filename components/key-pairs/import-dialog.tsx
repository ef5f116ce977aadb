"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { checkPublicKey } from "@/lib/key-pairs/public-key";
import { useImportKeyPairMutation } from "@/lib/queries/key-pairs";
import { FormDialog } from "@/components/ui/form-dialog";
import { Field, fieldA11y, TextField } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { FormAlert } from "@/components/settings/form-alert";
import { fieldError, actionError } from "@/lib/action-result";
import { cn } from "@/lib/cn";

/** ImportKeyPair: a name and an OpenSSH RSA public key, checked as it is pasted (the cloud checks again). */
export function ImportKeyPairDialog({ accountId, region, open, onClose }: { accountId: string; region: string; open: boolean; onClose: () => void }) {
  const t = useT();
  const mutation = useImportKeyPairMutation(accountId, region);
  const [name, setName] = useState("");
  const [publicKey, setPublicKey] = useState("");
  const error = actionError(mutation.data);
  const check = publicKey.trim() ? checkPublicKey(publicKey) : null;
  const keyError = (check && !check.ok ? t(check.error) : undefined) ?? fieldError(error, "PublicKey");

  const close = () => {
    mutation.reset();
    setName("");
    setPublicKey("");
    onClose();
  };
  const submit = () =>
    mutation.mutate({ accountId, region, KeyName: name, PublicKey: publicKey }, { onSuccess: (r) => r.ok && close() });

  return (
    <FormDialog
      open={open}
      onClose={close}
      title={t("keyPairs.import")}
      description={t("keyPairs.importHint")}
      testId="import-key-pair-dialog"
      onSubmit={submit}
      submitLabel={t("keyPairs.import")}
      pending={mutation.isPending}
      disabled={check !== null && !check.ok}
      submitTestId="key-pair-import-submit"
    >
      <div className="space-y-3">
        <TextField
          id="import-key-name"
          label={t("keyPairs.field.name")}
          hint={t("keyPairs.field.nameHint")}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(error, "KeyName")}
          data-testid="key-pair-import-name"
        />
        <Field id="import-public-key" label={t("keyPairs.field.publicKey")} error={keyError} hint={check?.ok ? t("keyPairs.publicKey.ok", { bits: check.bits, comment: check.comment || "—" }) : t("keyPairs.field.publicKeyHint")}>
          <textarea
            {...fieldA11y("import-public-key", keyError, "hint")}
            value={publicKey}
            onChange={(e) => setPublicKey(e.target.value)}
            rows={5}
            spellCheck={false}
            placeholder="ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ… user@host"
            className={cn(controlClass, "h-auto py-1.5 font-mono text-xs break-all")}
            data-testid="key-pair-public-key"
          />
        </Field>
        <FormAlert error={error} testId="key-pair-import-error" />
      </div>
    </FormDialog>
  );
}
