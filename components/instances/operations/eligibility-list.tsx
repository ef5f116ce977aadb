"use client";

import { useT } from "@/lib/i18n/provider";
import type { IneligibleReason } from "@/lib/instances/operations/eligibility";
import { reasonMessage } from "@/lib/instances/operations/eligibility";
import type { OperationKind } from "@/lib/instances/operations/kinds";
import type { OperationTarget } from "@/lib/instances/operations/types";
import type { LiveStatus } from "@/lib/status/types";
import type { Translate } from "@/lib/i18n/translate";
import { stateLabel } from "@/components/instances/state-badge";
import { InstanceCell, StateCell } from "./target-cells";

/** A reason in words, with the state named in the UI language. */
export function reasonText(t: Translate, reason: IneligibleReason): string {
  const { key, vars } = reasonMessage(reason);
  const named = "state" in vars ? { ...vars, state: stateLabel(t, String(vars.state)) } : vars;
  return t(key, named);
}

/**
 * Every selected instance and whether it will go: those left out first, each with why (state, an operation in
 * flight, destroy protection, billing, limits), then those that go.
 */
export function EligibilityList({
  kind,
  targets,
  ineligible,
  eligibleCount,
  live,
  notes,
}: {
  kind: OperationKind;
  targets: OperationTarget[];
  ineligible: Array<{ target: OperationTarget; reason: IneligibleReason }>;
  eligibleCount: number;
  live: ReadonlyMap<string, LiveStatus>;
  /** A per-instance detail for those that go (e.g. each one's refund). */
  notes?: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const reasons = new Map(ineligible.map((x) => [x.target.InstanceId, x.reason]));
  const ordered = [...targets].sort((a, b) => Number(reasons.has(b.InstanceId)) - Number(reasons.has(a.InstanceId)));
  return (
    <div className="flex flex-col gap-1.5" data-testid="op-eligibility">
      <p className="text-[13px]" data-testid="op-eligibility-summary">
        <strong>{t("ops.eligible.count", { count: eligibleCount, action: t(`ops.kind.${kind}`) })}</strong>
        {ineligible.length > 0 && <span className="text-amber-700 dark:text-amber-300"> · {t("ops.eligible.leftOut", { count: ineligible.length })}</span>}
      </p>
      <div className="max-h-64 overflow-y-auto rounded-md border border-line">
        <table className="w-full text-left text-[13px]">
          <thead className="sticky top-0 bg-subtle text-xs text-muted">
            <tr>
              <th className="h-7 px-2.5 font-medium">{t("ops.col.instance")}</th>
              <th className="h-7 px-2.5 font-medium">{t("ops.col.state")}</th>
              <th className="h-7 px-2.5 font-medium">{t("ops.col.eligibility")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {ordered.map((target) => {
              const reason = reasons.get(target.InstanceId);
              return (
                <tr key={target.InstanceId} data-testid="op-target" data-instance-id={target.InstanceId} data-eligible={reason ? "false" : "true"}>
                  <td className="px-2.5 py-1">
                    <InstanceCell id={target.InstanceId} name={target.InstanceName} />
                  </td>
                  <td className="px-2.5 py-1">
                    <StateCell t={t} live={live.get(target.InstanceId)} fallback={target.InstanceState} />
                  </td>
                  <td className="px-2.5 py-1">
                    {reason ? (
                      <span className="text-amber-800 dark:text-amber-300" data-testid="op-reason" data-reason={reason.code}>
                        ✕ {reasonText(t, reason)}
                      </span>
                    ) : (
                      <span className="text-emerald-700 dark:text-emerald-300">
                        ✓ {t("ops.eligible.yes")}
                        {notes?.get(target.InstanceId) && <span className="ml-2 text-xs text-muted tabular-nums">{notes.get(target.InstanceId)}</span>}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
