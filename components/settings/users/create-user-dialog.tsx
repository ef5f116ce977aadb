"use client";

import { useState, type FormEvent } from "react";
import { useT } from "@/lib/i18n/provider";
import { ROLES, type Role } from "@/lib/roles";
import { PASSWORD_MIN } from "@/lib/schemas/users";
import { useCreateUserMutation } from "@/lib/queries/users";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, fieldA11y, TextField } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { FormAlert } from "../form-alert";
import { fieldError } from "@/lib/action-result";

export function CreateUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const mutation = useCreateUserMutation();
  const [role, setRole] = useState<Role>("viewer");
  const error = mutation.data && !mutation.data.ok ? mutation.data.error : null;

  function close() {
    mutation.reset();
    setRole("viewer");
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    mutation.mutate(
      { email: String(form.get("email")), name: String(form.get("name")), password: String(form.get("password")), role },
      { onSuccess: (result) => result.ok && close() },
    );
  }

  return (
    <Dialog open={open} onClose={close} title={t("users.create.title")} description={t("users.create.description")} closeLabel={t("common.close")} testId="create-user-dialog">
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <FormAlert error={error} testId="create-user-error" />
        <TextField id="user-email" name="email" type="email" autoComplete="off" label={t("users.field.email")} error={fieldError(error, "email")} data-testid="user-email" />
        <TextField id="user-name" name="name" autoComplete="off" label={t("users.field.name")} error={fieldError(error, "name")} data-testid="user-name" />
        <TextField
          id="user-password"
          name="password"
          type="password"
          autoComplete="new-password"
          label={t("users.field.password")}
          hint={t("users.field.passwordHint", { min: PASSWORD_MIN })}
          error={fieldError(error, "password")}
          data-testid="user-password"
        />
        <Field id="user-role" label={t("users.field.role")} error={fieldError(error, "role")} hint={t(`role.${role}.description`)}>
          <Select {...fieldA11y("user-role", fieldError(error, "role"), true)} value={role} onChange={(e) => setRole(e.target.value as Role)} data-testid="user-role">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </Select>
        </Field>
        <div className="mt-2 flex justify-end gap-2">
          <Button onClick={close}>{t("common.cancel")}</Button>
          <Button type="submit" variant="primary" disabled={mutation.isPending} data-testid="user-create-submit">
            {mutation.isPending ? t("common.saving") : t("users.create.submit")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
