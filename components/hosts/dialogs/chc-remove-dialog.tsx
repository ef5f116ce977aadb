"use client";

import { useT } from "@/lib/i18n/provider";
import { useRemoveChcNetworkMutation } from "@/lib/queries/hosts";
import type { ChcView } from "@/lib/hosts/types";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ActionErrorNote } from "@/components/images/action-error";

/** RemoveChcAssistVpc (both networks, seed 23233) or RemoveChcDeployVpc (deploy only, seed 23377), confirmed. */
export function ChcRemoveDialog({ accountId, region, server, network, onClose }: { accountId: string; region: string; server: ChcView; network: "assist" | "deploy"; onClose: () => void }) {
  const t = useT();
  const remove = useRemoveChcNetworkMutation(accountId);
  const result = remove.data;
  const error = result && !result.ok ? result.error : null;
  const submit = async () => {
    const res = await remove.mutateAsync({ accountId, region, ChcIds: [server.ChcId], network });
    if (res.ok) onClose();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t(network === "assist" ? "hosts.chc.op.removeAssist" : "hosts.chc.op.removeDeploy")}
      description={`${server.InstanceName} · ${server.ChcId}`}
      closeLabel={t("common.close")}
      testId="chc-remove-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button variant="danger" onClick={submit} disabled={remove.isPending} data-testid="chc-remove-submit">
            {remove.isPending ? t("common.saving") : t("hosts.chc.remove")}
          </Button>
        </>
      }
    >
      <div className="space-y-3 text-[13px]">
        <p>{t(network === "assist" ? "hosts.chc.removeAssistBody" : "hosts.chc.removeDeployBody")}</p>
        <ActionErrorNote error={error} />
      </div>
    </Dialog>
  );
}
