"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { bindEligibility, type BindableInstance } from "@/lib/key-pairs/binding";
import type { KeyPairRow } from "@/lib/key-pairs/types";
import { useBindableInstancesQuery, useBindKeyPairMutation } from "@/lib/queries/key-pairs";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { stateCellClass, stateLabel } from "@/components/instances/state-badge";
import { FormAlert } from "@/components/settings/form-alert";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";
import { queryError } from "@/lib/queries/query-error";
import { actionError } from "@/lib/action-result";

type Mode = "associate" | "disassociate";

/**
 * Bind a key pair to instances, or unbind it. Every instance is shown with whether the API would take it and, if
 * not, why (Windows, busy, running without "shut down first", stopped without charging). Running instances can
 * be included with ForceStop: they are shut down, changed and started again (seed 29011–29013).
 */
export function BindKeyPairDialog({ accountId, region, keyPair, mode, onClose, onStarted }: { accountId: string; region: string; keyPair: KeyPairRow; mode: Mode; onClose: () => void; onStarted?: () => void }) {
  const t = useT();
  const [q, setQ] = useState("");
  const search = useDeferredValue(q.trim());
  const [forceStop, setForceStop] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const instances = useBindableInstancesQuery(accountId, region, mode === "associate" ? search : "", mode === "disassociate" ? keyPair.AssociatedInstanceIds : [], true);
  const mutation = useBindKeyPairMutation(accountId);
  const result = mutation.data;
  const rows = useMemo(
    () => (instances.data?.InstanceSet ?? []).map((i) => ({ i, e: bindEligibility(i, mode, keyPair.KeyId, forceStop) })),
    [instances.data, mode, keyPair.KeyId, forceStop],
  );
  const eligible = rows.filter((r) => r.e.ok).map((r) => r.i.InstanceId);
  const chosen = eligible.filter((id) => selected.has(id));
  const toggle = (i: BindableInstance) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(i.InstanceId)) next.delete(i.InstanceId);
      else next.add(i.InstanceId);
      return next;
    });
  const submit = () =>
    mutation.mutate({ accountId, region, mode, KeyIds: [keyPair.KeyId], InstanceIds: chosen, ForceStop: forceStop }, { onSuccess: (r) => r.ok && onStarted?.() });
  const title = t(mode === "associate" ? "keyPairs.bind.title" : "keyPairs.unbind.title", { name: keyPair.KeyName });

  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      description={t("keyPairs.bind.rules")}
      closeLabel={t("common.close")}
      testId="bind-key-pair-dialog"
      size="lg"
      footer={
        result?.ok ? (
          <Button onClick={onClose} data-testid="key-pair-bind-done">
            {t("keyPairs.created.done")}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t("common.cancel")}</Button>
            <Button variant="primary" disabled={mutation.isPending || chosen.length === 0} onClick={submit} data-testid="key-pair-bind-submit">
              {t(mode === "associate" ? "keyPairs.bind.submit" : "keyPairs.unbind.submit", { count: chosen.length })}
            </Button>
          </>
        )
      }
    >
      {result?.ok ? (
        <p className="text-[13px]" role="status" data-testid="key-pair-bind-started">
          {t("keyPairs.bind.started", { count: chosen.length })}
        </p>
      ) : (
        <div className="space-y-3 text-[13px]">
          <div className="flex flex-wrap items-center gap-3">
            {mode === "associate" && (
              <Input value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("keyPairs.bind.search")} aria-label={t("keyPairs.bind.search")} className="h-7 w-64 text-[13px]" data-testid="key-pair-bind-search" />
            )}
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={forceStop} onChange={(e) => setForceStop(e.target.checked)} data-testid="key-pair-force-stop" />
              {t("keyPairs.bind.forceStop")}
            </label>
          </div>
          {instances.isError && <CloudErrorPanel t={t} error={queryError(instances.error, t)} />}
          {instances.isPending && <p className="text-muted">{t("common.loading")}</p>}
          {instances.data && rows.length === 0 && <p className="text-muted">{t("keyPairs.bind.none")}</p>}
          {rows.length > 0 && (
            <Table data-testid="key-pair-bind-instances">
              <THead>
                <tr>
                  <Th className="w-8">
                    <input
                      type="checkbox"
                      aria-label={t("keyPairs.bind.selectAll")}
                      disabled={eligible.length === 0}
                      checked={eligible.length > 0 && chosen.length === eligible.length}
                      onChange={(e) => setSelected(new Set(e.target.checked ? eligible : []))}
                      data-testid="key-pair-bind-all"
                    />
                  </Th>
                  <Th>{t("keyPairs.bind.col.instance")}</Th>
                  <Th>{t("keyPairs.bind.col.state")}</Th>
                  <Th>{t("keyPairs.bind.col.os")}</Th>
                  <Th>{t("keyPairs.bind.col.note")}</Th>
                </tr>
              </THead>
              <TBody>
                {rows.map(({ i, e }) => (
                  <Tr key={i.InstanceId} data-testid="bind-instance-row" data-id={i.InstanceId} data-eligible={e.ok}>
                    <Td>
                      <input type="checkbox" aria-label={i.InstanceId} disabled={!e.ok} checked={e.ok && selected.has(i.InstanceId)} onChange={() => toggle(i)} />
                    </Td>
                    <Td>
                      <div className="font-medium">{i.InstanceName}</div>
                      <div className="font-mono text-xs whitespace-nowrap text-muted">
                        {i.InstanceId} · {i.Zone}
                      </div>
                    </Td>
                    <Td className={stateCellClass(i.InstanceState)}>{stateLabel(t, i.InstanceState)}</Td>
                    <Td className="max-w-40 truncate text-xs text-muted">{i.OsName}</Td>
                    <Td className="text-xs" data-testid="bind-instance-note">
                      {e.ok ? (e.needsForceStop ? <span className="text-amber-700 dark:text-amber-300">{t("keyPairs.bind.willStop")}</span> : "") : <span className="text-muted">{t(e.reason)}</span>}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
          {instances.data && instances.data.TotalCount > rows.length && <p className="text-xs text-muted">{t("keyPairs.bind.more", { shown: rows.length, total: instances.data.TotalCount })}</p>}
          <FormAlert error={actionError(result)} testId="key-pair-bind-error" />
        </div>
      )}
    </Dialog>
  );
}
