"use client";

import { useT } from "@/lib/i18n/provider";
import { useRemoveChcNetworkMutation } from "@/lib/queries/hosts";
import type { ChcView } from "@/lib/hosts/types";
import { actionError } from "@/lib/action-result";
import { FormDialog } from "@/components/ui/form-dialog";
import { ActionErrorNote } from "@/components/images/action-error";

/** RemoveChcAssistVpc (both networks, seed 23233) or RemoveChcDeployVpc (deploy only, seed 23377), confirmed. */
export function ChcRemoveDialog({ accountId, region, server, network, onClose }: { accountId: string; region: string; server: ChcView; network: "assist" | "deploy"; onClose: () => void }) {
  const t = useT();
  const remove = useRemoveChcNetworkMutation(accountId);
  const error = actionError(remove.data);
  const submit = async () => {
    const res = await remove.mutateAsync({ accountId, region, ChcIds: [server.ChcId], network });
    if (res.ok) onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t(network === "assist" ? "hosts.chc.op.removeAssist" : "hosts.chc.op.removeDeploy")}
      description={`${server.InstanceName} · ${server.ChcId}`}
      testId="chc-remove-dialog"
      variant="danger"
      onSubmit={submit}
      submitLabel={t("hosts.chc.remove")}
      pending={remove.isPending}
      submitTestId="chc-remove-submit"
    >
      <div className="space-y-3 text-[13px]">
        <p>{t(network === "assist" ? "hosts.chc.removeAssistBody" : "hosts.chc.removeDeployBody")}</p>
        <ActionErrorNote error={error} />
      </div>
    </FormDialog>
  );
}
