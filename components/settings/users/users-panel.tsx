"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import type { UserView } from "@/server/users/store";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FormAlert } from "../form-alert";
import { useUpdateUserMutation } from "@/lib/queries/users";
import { CreateUserDialog } from "./create-user-dialog";
import { ResetPasswordDialog } from "./reset-password-dialog";
import { UsersTable } from "./users-table";

/** Users tab: the list, inline role and status changes, and the create / reset-password dialogs. */
export function UsersPanel({ users, currentUserId }: { users: UserView[]; currentUserId: string }) {
  const t = useT();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const update = useUpdateUserMutation();
  const updateError = update.data && !update.data.ok ? update.data.error : null;

  return (
    <Card>
      <CardHeader
        title={t("users.title", { count: users.length })}
        description={t("users.description")}
        actions={
          <Button variant="primary" size="sm" onClick={() => setCreating(true)} data-testid="users-create">
            {t("users.create.open")}
          </Button>
        }
      />
      <div className="space-y-2 empty:hidden has-[div]:px-4 has-[div]:pt-3">
        <FormAlert error={updateError} testId="users-error" />
        {notice && (
          <div role="status" data-testid="users-notice" className="rounded-md bg-emerald-50 px-3 py-2 text-[13px] text-emerald-800 dark:bg-emerald-500/10 dark:text-emerald-200">
            {notice}
          </div>
        )}
      </div>
      <UsersTable
        users={users}
        currentUserId={currentUserId}
        pending={update.isPending ? update.variables : undefined}
        onUpdate={(input) => {
          setNotice(null);
          update.mutate(input);
        }}
        onResetPassword={setResetting}
      />
      <CreateUserDialog open={creating} onClose={() => setCreating(false)} />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} onDone={(email) => setNotice(t("users.reset.done", { email }))} />
    </Card>
  );
}
