"use client";

import { useT } from "@/lib/i18n/provider";
import { useDeleteCloudAccountMutation } from "@/lib/queries/cloud-accounts";
import type { CloudAccountView } from "@/server/accounts/store";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "../form-alert";

export function DeleteAccountDialog({ account, onClose }: { account: CloudAccountView | null; onClose: () => void }) {
  const t = useT();
  const mutation = useDeleteCloudAccountMutation();
  const error = mutation.data && !mutation.data.ok ? mutation.data.error : null;
  const close = () => {
    mutation.reset();
    onClose();
  };
  return (
    <Dialog
      open={account !== null}
      onClose={close}
      title={t("accounts.delete.title")}
      closeLabel={t("common.close")}
      testId="delete-account-dialog"
      footer={
        <>
          <Button onClick={close}>{t("common.cancel")}</Button>
          <Button
            variant="danger"
            disabled={mutation.isPending}
            data-testid="account-delete-confirm"
            onClick={() => account && mutation.mutate({ id: account.id }, { onSuccess: (r) => r.ok && close() })}
          >
            {t("common.delete")}
          </Button>
        </>
      }
    >
      <div className="space-y-3 text-[13px]">
        <FormAlert error={error} />
        <p>{account && t("accounts.delete.description", { name: account.name })}</p>
      </div>
    </Dialog>
  );
}
