"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useSetDefaultCloudAccountMutation } from "@/lib/queries/cloud-accounts";
import type { CloudAccountView } from "@/server/accounts/store";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { FormAlert } from "../form-alert";
import { AccountFormDialog, type AccountFormTarget } from "./account-form-dialog";
import { AccountsTable } from "./accounts-table";
import { DeleteAccountDialog } from "./delete-account-dialog";

/** Cloud accounts tab: masked credentials, simulation flag, default marker, and the write dialogs. */
export function AccountsPanel({ accounts }: { accounts: CloudAccountView[] }) {
  const t = useT();
  const [formTarget, setFormTarget] = useState<AccountFormTarget | null>(null);
  const [deleting, setDeleting] = useState<CloudAccountView | null>(null);
  const setDefault = useSetDefaultCloudAccountMutation();
  const setDefaultError = setDefault.data && !setDefault.data.ok ? setDefault.data.error : null;

  return (
    <Card>
      <CardHeader
        title={t("accounts.title", { count: accounts.length })}
        description={t("accounts.description")}
        actions={
          <Button variant="primary" size="sm" onClick={() => setFormTarget({ mode: "create" })} data-testid="accounts-create">
            {t("accounts.create.open")}
          </Button>
        }
      />
      {setDefaultError && (
        <div className="px-4 pt-3">
          <FormAlert error={setDefaultError} testId="accounts-error" />
        </div>
      )}
      {accounts.length === 0 ? (
        <EmptyState icon={<Icon name="cloud" className="size-5" />} title={t("accounts.empty.title")} description={t("accounts.empty.description")} />
      ) : (
        <AccountsTable
          accounts={accounts}
          settingDefaultId={setDefault.isPending ? setDefault.variables?.id : undefined}
          onSetDefault={(account) => setDefault.mutate({ id: account.id })}
          onEdit={(account) => setFormTarget({ mode: "edit", account })}
          onDelete={setDeleting}
        />
      )}
      <AccountFormDialog target={formTarget} onClose={() => setFormTarget(null)} />
      <DeleteAccountDialog account={deleting} onClose={() => setDeleting(null)} />
    </Card>
  );
}
