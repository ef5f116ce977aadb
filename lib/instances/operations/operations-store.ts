import { useSyncExternalStore } from "react";
import type { ActionError } from "@/lib/action-result";
import type { IneligibleReason } from "./eligibility";
import type { OperationKind } from "./kinds";
import type { OperationTarget } from "./types";

// The operations' client state, kept OUTSIDE the rows and the table: which dialog is open (and for whom), and
// every run's per-instance progress. Live status updates re-render rows; they never touch this, so a menu, a
// dialog or a run's progress survives them (and survives a row that disappears, e.g. a terminated instance).

export interface DialogState {
  /** Changes on every open, so a reopened dialog starts fresh. */
  key: number;
  kind: OperationKind;
  accountId: string;
  /** The page's region; each target may carry its own (All regions mode). */
  region: string;
  /** A snapshot of the selection when the dialog opened. */
  targets: OperationTarget[];
  /** Set once confirmed: the dialog then shows this run's progress. */
  runId?: string;
}

export type RunPhase = "queued" | "sending" | "sent" | "failed" | "skipped";

export interface RunItem {
  InstanceId: string;
  Region: string;
  InstanceName?: string;
  phase: RunPhase;
  /** The RequestId of the call that carried this instance. */
  requestId?: string;
  /** Tencent's error for the whole call (code + RequestId), shown on every instance of it. */
  error?: ActionError;
  /** Why the dialog left it out. */
  reason?: IneligibleReason;
  /** When its call was sent (ms): live states observed after this belong to this operation. */
  sentAt?: number;
}

export interface Run {
  id: string;
  intentId: string;
  kind: OperationKind;
  accountId: string;
  createdAt: number;
  items: RunItem[];
  finished: boolean;
}

interface State {
  dialog: DialogState | null;
  runs: Run[];
  hosts: Array<{ id: symbol; priority: number }>;
}

const MAX_RUNS = 20;
let state: State = { dialog: null, runs: [], hosts: [] };
let dialogKey = 0;
const listeners = new Set<() => void>();

function set(next: State) {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getState = () => state;

/** Subscribes to a slice; return stable values (store objects) from `select` to avoid extra renders. */
export function useOperationsStore<T>(select: (s: State) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => select(getState()),
    () => select(getState()),
  );
}

export function openOperation(dialog: Omit<DialogState, "key" | "runId">): void {
  set({ ...state, dialog: { ...dialog, targets: [...dialog.targets], key: ++dialogKey } });
}

export function closeOperation(): void {
  if (state.dialog) set({ ...state, dialog: null });
}

/** Reopens the progress of an earlier run (from the batch bar's "last run" link). */
export function showRun(runId: string): void {
  const run = state.runs.find((r) => r.id === runId);
  if (!run) return;
  set({ ...state, dialog: { key: ++dialogKey, kind: run.kind, accountId: run.accountId, region: run.items[0]?.Region ?? "", targets: [], runId } });
}

export function createRun(run: Omit<Run, "createdAt" | "finished">): void {
  const full: Run = { ...run, createdAt: Date.now(), finished: false };
  const dialog = state.dialog ? { ...state.dialog, runId: run.id } : state.dialog;
  set({ ...state, dialog, runs: [...state.runs, full].slice(-MAX_RUNS) });
}

export function updateRunItems(runId: string, instanceIds: readonly string[], patch: Partial<RunItem>): void {
  const wanted = new Set(instanceIds);
  set({
    ...state,
    runs: state.runs.map((r) => (r.id === runId ? { ...r, items: r.items.map((i) => (wanted.has(i.InstanceId) ? { ...i, ...patch } : i)) } : r)),
  });
}

export function finishRun(runId: string): void {
  set({ ...state, runs: state.runs.map((r) => (r.id === runId ? { ...r, finished: true } : r)) });
}

export function getRun(runId: string): Run | undefined {
  return state.runs.find((r) => r.id === runId);
}

/**
 * The dialog is rendered by one mounted host: the batch bar (priority 2) if there is one, else the first row
 * menu (priority 1). Returns the unregister function.
 */
export function registerHost(id: symbol, priority: number): () => void {
  set({ ...state, hosts: [...state.hosts, { id, priority }] });
  return () => set({ ...state, hosts: state.hosts.filter((h) => h.id !== id) });
}

export function activeHost(s: State): symbol | undefined {
  let best: { id: symbol; priority: number } | undefined;
  for (const h of s.hosts) if (!best || h.priority > best.priority) best = h;
  return best?.id;
}

/** For tests: back to nothing open, no runs, no hosts. */
export function resetOperationsStore(): void {
  state = { dialog: null, runs: [], hosts: [] };
}
