"use client";

import { useMemo, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import type { ActionError } from "@/lib/action-result";
import { useChcQuery } from "@/lib/queries/hosts";
import type { ChcView } from "@/lib/hosts/types";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";
import { ChcTable, type ChcOperation } from "./chc-table";
import { ChcAttributesDialog } from "./dialogs/chc-attributes-dialog";
import { ChcNetworkDialog } from "./dialogs/chc-network-dialog";
import { ChcRemoveDialog } from "./dialogs/chc-remove-dialog";
import { queryError } from "@/lib/queries/query-error";

/** The CHC tab: physical servers, their networks and what their state denies; configure, remove, attributes. */
export function ChcPanel({ accountId, region, regionName, canOperate, serverError }: { accountId: string; region: string; regionName: string; canOperate: boolean; serverError: ActionError | null }) {
  const t = useT();
  const list = useChcQuery(accountId, region);
  const servers = useMemo(() => list.data?.ChcHostSet ?? [], [list.data]);
  const [dialog, setDialog] = useState<{ op: ChcOperation; server: ChcView } | null>(null);
  const error = list.isError ? queryError(list.error, t) : list.data ? null : serverError;
  const close = () => setDialog(null);
  const scope = { accountId, region, onClose: close };
  return (
    <>
      {list.data?.deniedUnavailable && (
        <p className="mb-2 rounded-md bg-amber-50 px-3 py-2 text-[13px] text-amber-900 dark:bg-amber-400/10 dark:text-amber-200" data-testid="chc-denied-unavailable">
          {t("hosts.chc.deniedUnavailable", { code: list.data.deniedUnavailable.code })}
        </p>
      )}
      <Card className="overflow-hidden">
        {error ? (
          <div className="space-y-3 p-4">
            <CloudErrorPanel t={t} error={error} title={t("hosts.chc.error")} />
            <Button onClick={() => list.refetch()}>{t("common.retry")}</Button>
          </div>
        ) : !list.data ? (
          <p role="status" className="px-4 py-8 text-center text-[13px] text-muted">
            {t("common.loading")}
          </p>
        ) : servers.length === 0 ? (
          <EmptyState data-testid="chc-empty" icon={<Icon name="hosts" className="size-5" />} title={t("hosts.chc.empty", { region: regionName })} description={t("hosts.chc.emptyHint")} />
        ) : (
          <ChcTable servers={servers} canOperate={canOperate} deniedKnown={!list.data.deniedUnavailable} onAction={(op, server) => setDialog({ op, server })} />
        )}
      </Card>
      {dialog?.op === "configureAssist" && <ChcNetworkDialog {...scope} server={dialog.server} all={servers} mode="assist" />}
      {dialog?.op === "configureDeploy" && <ChcNetworkDialog {...scope} server={dialog.server} all={servers} mode="deploy" />}
      {dialog?.op === "removeAssist" && <ChcRemoveDialog {...scope} server={dialog.server} network="assist" />}
      {dialog?.op === "removeDeploy" && <ChcRemoveDialog {...scope} server={dialog.server} network="deploy" />}
      {dialog?.op === "attributes" && <ChcAttributesDialog {...scope} server={dialog.server} deviceTypes={[...new Set(servers.map((s) => s.DeviceType))]} />}
    </>
  );
}
