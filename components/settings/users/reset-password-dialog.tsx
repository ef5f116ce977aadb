"use client";

import type { FormEvent } from "react";
import { useT } from "@/lib/i18n/provider";
import { PASSWORD_MIN } from "@/lib/schemas/users";
import { useResetUserPasswordMutation } from "@/lib/queries/users";
import type { UserView } from "@/server/users/store";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "../form-alert";
import { fieldError } from "@/lib/action-result";

/** The admin types the new password and hands it over out of band; it is never shown again. */
export function ResetPasswordDialog({ user, onClose, onDone }: { user: UserView | null; onClose: () => void; onDone: (email: string) => void }) {
  const t = useT();
  const mutation = useResetUserPasswordMutation();
  const error = mutation.data && !mutation.data.ok ? mutation.data.error : null;

  function close() {
    mutation.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!user) return;
    const password = String(new FormData(event.currentTarget).get("password"));
    mutation.mutate({ id: user.id, password }, { onSuccess: (result) => { if (result.ok) { onDone(user.email); close(); } } });
  }

  return (
    <Dialog
      open={user !== null}
      onClose={close}
      title={t("users.reset.title")}
      description={user ? t("users.reset.description", { email: user.email }) : undefined}
      closeLabel={t("common.close")}
      testId="reset-password-dialog"
    >
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <FormAlert error={error} />
        <TextField
          id="reset-password"
          name="password"
          type="password"
          autoComplete="new-password"
          label={t("users.field.newPassword")}
          hint={t("users.field.passwordHint", { min: PASSWORD_MIN })}
          error={fieldError(error, "password")}
          data-testid="reset-password"
        />
        <div className="mt-2 flex justify-end gap-2">
          <Button onClick={close}>{t("common.cancel")}</Button>
          <Button type="submit" variant="primary" disabled={mutation.isPending} data-testid="reset-password-submit">
            {mutation.isPending ? t("common.saving") : t("users.reset.submit")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
