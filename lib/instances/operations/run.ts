import type { ActionError } from "@/lib/action-result";
import type { Batch } from "./batching";
import { createRun, finishRun, updateRunItems, type RunItem } from "./operations-store";
import type { OperationKind } from "./kinds";
import type { InstanceWriteResult } from "./types";

export interface RunPlan {
  runId: string;
  intentId: string;
  kind: OperationKind;
  accountId: string;
  /** Every instance of the dialog: eligible ones queued, the others skipped with their reason. */
  items: RunItem[];
  /** The calls to make (planBatches): the queued instances, by region, limit and what the API accepts together. */
  batches: Batch[];
  /** One server action call for `ids` in `region`. */
  send: (region: string, ids: string[]) => Promise<InstanceWriteResult>;
  /** A transport failure (the action never answered) becomes this error on its instances. */
  transportError: ActionError;
}

/**
 * Runs an operation: one server action call per batch (≤ the action's limit, one region), one after another (Next
 * runs a client's server actions one at a time anyway), marking each instance sending → sent (RequestId) or
 * failed (the call's code + RequestId). Lives in the store, not in a component: closing the dialog does not stop
 * it and its progress can be reopened.
 */
export async function executeRun(plan: RunPlan): Promise<void> {
  createRun({ id: plan.runId, intentId: plan.intentId, kind: plan.kind, accountId: plan.accountId, items: plan.items });
  for (const { region, ids: chunk } of plan.batches) {
    const sentAt = Date.now();
    updateRunItems(plan.runId, chunk, { phase: "sending", sentAt });
    let result: InstanceWriteResult;
    try {
      result = await plan.send(region, chunk);
    } catch {
      result = { ok: false, error: plan.transportError };
    }
    updateRunItems(plan.runId, chunk, result.ok ? { phase: "sent", requestId: result.requestId } : { phase: "failed", error: result.error, requestId: result.error.requestId });
  }
  finishRun(plan.runId);
}
