import type { LiveStatus } from "@/lib/status/types";
import { isBusy } from "@/lib/status/types";
import { OPERATIONS, type OperationKind } from "./kinds";
import type { RunItem } from "./operations-store";

// Where one instance of a run is: its call's outcome first, then (for operations that go through a transition)
// what the live status says until the instance settles. seed 14566 & co: "如果实例的最新操作状态
// (LatestOperationState)为“SUCCESS”，则代表操作成功".

export type Progress =
  | { step: "skipped" | "queued" | "sending" | "failed" }
  | { step: "working" }
  | { step: "done" }
  | { step: "operationFailed"; message?: string };

/** Tolerance between the browser clock (sentAt) and the poller's observation time (asOf, already shifted). */
const CLOCK_SLACK_MS = 1_000;

/** Whether LatestOperation names this kind's call, in either of its modes (bind or unbind). */
function isOwnOperation(kind: OperationKind, latest: string | null): boolean {
  if (!latest) return false;
  const { action, reverseAction } = OPERATIONS[kind];
  return latest === action || latest === reverseAction;
}

export function progressOf(kind: OperationKind, item: RunItem, live: LiveStatus | undefined): Progress {
  if (item.phase !== "sent") return { step: item.phase };
  if (!OPERATIONS[kind].settles) return { step: "done" };
  if (!live) return { step: "working" };
  // Terminated and released: nothing left to wait for.
  if (live.InstanceState === null) return { step: "done" };
  // Values observed before the call went out describe the previous operation.
  const observedAfter = item.sentAt === undefined || live.asOf >= item.sentAt - CLOCK_SLACK_MS;
  if (!observedAfter || isBusy(live) || !isOwnOperation(kind, live.LatestOperation)) return { step: "working" };
  if (live.LatestOperationState === "FAILED") return { step: "operationFailed", message: live.LatestOperationErrorMsg ?? undefined };
  return live.LatestOperationState === "SUCCESS" ? { step: "done" } : { step: "working" };
}

/** Counts for the run's summary line. */
export function summarise(steps: readonly Progress[]): Record<"done" | "working" | "failed" | "skipped", number> {
  const out = { done: 0, working: 0, failed: 0, skipped: 0 };
  for (const p of steps) {
    if (p.step === "done") out.done++;
    else if (p.step === "failed" || p.step === "operationFailed") out.failed++;
    else if (p.step === "skipped") out.skipped++;
    else out.working++;
  }
  return out;
}
