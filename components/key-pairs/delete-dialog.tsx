"use client";

import { useT } from "@/lib/i18n/provider";
import { deleteBlocker } from "@/lib/key-pairs/binding";
import type { KeyPairRow } from "@/lib/key-pairs/types";
import { useDeleteKeyPairsMutation } from "@/lib/queries/key-pairs";
import { ConfirmDialog } from "@/components/resources/confirm-dialog";
import { InstanceLinks } from "@/components/resources/id-cell";
import { actionError } from "@/lib/action-result";

/** DeleteKeyPairs, refused up front while the key is bound (seed 29493), with the instances that hold it. */
export function DeleteKeyPairDialog({ accountId, region, keyPair, onClose }: { accountId: string; region: string; keyPair: KeyPairRow; onClose: () => void }) {
  const t = useT();
  const mutation = useDeleteKeyPairsMutation(accountId, region);
  const blocker = deleteBlocker(keyPair.AssociatedInstanceIds);
  return (
    <ConfirmDialog
      open
      onClose={onClose}
      title={t("keyPairs.delete.title", { name: keyPair.KeyName })}
      confirmLabel={t("common.delete")}
      onConfirm={() => mutation.mutate({ accountId, region, KeyIds: [keyPair.KeyId] }, { onSuccess: (r) => r.ok && onClose() })}
      pending={mutation.isPending}
      error={actionError(mutation.data)}
      disabled={blocker !== null}
      testId="delete-key-pair-dialog"
    >
      {blocker ? (
        <div role="alert" data-testid="key-pair-delete-blocked" className="space-y-1.5 rounded-md bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-400/10 dark:text-amber-200">
          <p>{t(blocker, { count: keyPair.AssociatedInstanceIds.length })}</p>
          <InstanceLinks ids={keyPair.AssociatedInstanceIds} region={region} max={10} more={(n) => t("resources.more", { count: n })} />
        </div>
      ) : (
        <p>{t("keyPairs.delete.body")}</p>
      )}
    </ConfirmDialog>
  );
}
