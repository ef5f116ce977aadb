import type { EmulatorRuntime } from "../runtime";
import type { AdminResult } from "./endpoints";

// Calls served per action since start: lets the benchmark (bench/run.ts) and tests count upstream calls, e.g.
// DescribeInstancesStatus per poll with 1 vs 50 open status streams. Monotonic; callers compare two readings.
const counters = new WeakMap<EmulatorRuntime, Map<string, number>>();

/** Called by the dispatcher once per API request whose action could be read (before auth and rate limits). */
export function recordCall(rt: EmulatorRuntime, action: string): void {
  let calls = counters.get(rt);
  if (!calls) counters.set(rt, (calls = new Map()));
  calls.set(action, (calls.get(action) ?? 0) + 1);
}

/** GET /_emulator/stats: {calls: {Action: n}, total}. */
export function stats(rt: EmulatorRuntime): AdminResult {
  const calls = Object.fromEntries([...(counters.get(rt) ?? [])].sort(([a], [b]) => a.localeCompare(b)));
  const total = Object.values(calls).reduce((sum, n) => sum + n, 0);
  return { status: 200, body: { calls, total } };
}
