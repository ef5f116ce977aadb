"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { useLocale, useT } from "@/lib/i18n/provider";
import { formatMoney } from "@/lib/instances/operations/price";
import type { MessageKey } from "@/lib/i18n/translate";
import { instanceKeys } from "@/lib/instances/query-keys";
import { planBatches } from "@/lib/instances/operations/batching";
import { partitionEligibility } from "@/lib/instances/operations/eligibility";
import { RELEASED_STATE } from "@/lib/instances/states";
import { OPERATIONS } from "@/lib/instances/operations/kinds";
import type { DialogState, RunItem } from "@/lib/instances/operations/operations-store";
import { useOperationLimits, usePriceQuote } from "@/lib/instances/operations/queries";
import { executeRun } from "@/lib/instances/operations/run";
import type { PriceInquiry } from "@/lib/instances/operations/schemas";
import type { OperationTarget } from "@/lib/instances/operations/types";
import type { Batch } from "@/lib/instances/operations/batching";
import type { OperationDefinition } from "./definition";
import { Button } from "@/components/ui/button";
import { Check, Note } from "./forms/controls";
import { DEFINITIONS } from "./registry";
import { EligibilityList } from "./eligibility-list";
import { groupByRegion, useLiveStatuses } from "./live-feeds";
import { PricePanel } from "./price-panel";

/**
 * The dialog before anything runs: the operation's options, its price, and for every selected instance whether
 * it will go and why not. Confirming starts the run (lib/instances/operations/run.ts) and the dialog turns into
 * its progress.
 */
export function OperationForm({ dialog, onCancel }: { dialog: DialogState; onCancel: () => void }) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const queryClient = useQueryClient();
  const def = DEFINITIONS[dialog.kind];
  const spec = OPERATIONS[dialog.kind];
  const { accountId, region } = dialog;
  const [values, setValues] = useState(() => def.initial(dialog.targets));
  const [tried, setTried] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const submitted = useRef(false); // one run per confirmed intent, whatever a double click does
  const byRegion = useMemo(() => groupByRegion(dialog.targets, region), [dialog.targets, region]);
  const live = useLiveStatuses(accountId, byRegion);

  // The selection as it is now: live states replace the snapshot taken when the dialog opened.
  const targets: OperationTarget[] = useMemo(
    () =>
      dialog.targets.map((target) => {
        const s = live.get(target.InstanceId);
        return s ? { ...target, InstanceState: s.InstanceState ?? RELEASED_STATE, LatestOperationState: s.LatestOperationState ?? undefined } : target;
      }),
    [dialog.targets, live],
  );
  const ids = dialog.targets.map((i) => i.InstanceId);
  // DescribeInstancesOperationLimit matters for type changes (one instance: ask in its own region).
  const limits = useOperationLimits(accountId, dialog.targets[0]?.Region || region, ids, dialog.kind === "changeType");
  const options = { ...def.eligibility?.(values), limits: limits.data };
  const { eligible, ineligible } = partitionEligibility(dialog.kind, targets, options);
  const batches = planBatches(dialog.kind, eligible, region);

  const inquiries = priceInquiries(def, values, batches);
  const price = usePriceQuote(accountId, inquiries);

  // The server's own schema, on the first call's input: errors by API field name, in the UI language.
  const sample = batches[0]?.ids ?? [ids[0]];
  const parsed = def.schema.safeParse({ accountId, region, ...def.input(values, sample) });
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? issue.path.map(String).join(".") : "form";
      // Schema messages are catalogue keys; t() returns anything else as it is (importing the catalogue to check
      // would ship every English string to the browser).
      errors[field] ??= t(issue.message as MessageKey);
    }
  }
  const shownErrors = tried ? errors : {};
  const ctx = { accountId, region, targets, eligible, errors: shownErrors };
  const waitingForPrice = !!def.price && eligible.length > 0 && (inquiries === null || (price.quote === null && !price.error));
  const blocked = eligible.length === 0 || (def.acknowledge && !acknowledged) || waitingForPrice;
  const notice = def.notice?.(values, ctx);
  const refundNotes = new Map((price.quote?.refunds ?? []).map((r) => [r.InstanceId, t("ops.price.refundEach", { amount: formatMoney(r.Refunds, locale) })]));

  function confirm() {
    setTried(true);
    if (!parsed.success || blocked || submitted.current) return;
    submitted.current = true;
    const intentId = crypto.randomUUID();
    const skipped = new Map(ineligible.map((x) => [x.target.InstanceId, x.reason]));
    const items: RunItem[] = targets.map((target) => ({
      InstanceId: target.InstanceId,
      Region: target.Region || region,
      InstanceName: target.InstanceName,
      ...(skipped.has(target.InstanceId) ? { phase: "skipped" as const, reason: skipped.get(target.InstanceId) } : { phase: "queued" as const }),
    }));
    void executeRun({
      runId: crypto.randomUUID(),
      intentId,
      kind: dialog.kind,
      accountId,
      items,
      batches,
      send: (r, chunk) => def.action({ accountId, region: r, intentId, ...def.input(values, chunk) } as never),
      transportError: { code: "InternalError", message: t("error.generic") },
    }).then(() => {
      void queryClient.invalidateQueries({ queryKey: instanceKeys.all(accountId) });
      router.refresh();
    });
  }

  const Form = def.Form;
  return (
    <div className="flex min-h-0 flex-col">
      <div className="flex flex-col gap-3 overflow-y-auto px-4 py-3">
        {notice && <Note tone="warning">{t(notice)}</Note>}
        {Form && <Form values={values} set={(patch) => setValues((v) => ({ ...v, ...patch }))} ctx={ctx} />}
        {tried && errors.form && !Form && <p className="text-xs text-red-600 dark:text-red-400">{errors.form}</p>}
        {def.price && <PricePanel quote={price.quote} isFetching={price.isFetching} error={price.error} count={eligible.length} />}
        <EligibilityList kind={dialog.kind} targets={targets} ineligible={ineligible} eligibleCount={eligible.length} live={live} notes={refundNotes} />
        {def.acknowledge && eligible.length > 0 && (
          <Check id="op-ack" testId="op-ack" label={t("ops.acknowledge", { count: eligible.length })} checked={acknowledged} onChange={setAcknowledged} />
        )}
      </div>
      <div className="flex items-center justify-end gap-2 border-t border-line px-4 py-2.5">
        {tried && !parsed.success && <p className="mr-auto text-xs text-red-600 dark:text-red-400">{t("validation.fixFields")}</p>}
        <Button onClick={onCancel}>{t("common.cancel")}</Button>
        <Button variant={spec.danger ? "danger" : "primary"} disabled={blocked} onClick={confirm} data-testid="op-confirm">
          {t("ops.confirm", { action: t(`ops.kind.${dialog.kind}`), count: eligible.length })}
        </Button>
      </div>
    </div>
  );
}

/** One inquiry per call the write will make, with the same parameters; null while the form is incomplete. */
function priceInquiries(def: OperationDefinition, values: Record<string, unknown>, batches: Batch[]): Array<{ region: string; inquiry: PriceInquiry }> | null {
  if (!def.price || batches.length === 0) return null;
  const out: Array<{ region: string; inquiry: PriceInquiry }> = [];
  for (const batch of batches) {
    const inquiry = def.price(values, batch.ids);
    if (!inquiry) return null;
    out.push({ region: batch.region, inquiry });
  }
  return out;
}
