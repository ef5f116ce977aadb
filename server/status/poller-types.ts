import type { LiveStatus, PollerHealth } from "@/lib/status/types";

export interface StateRow {
  InstanceId: string;
  InstanceState: string;
}
export type DetailRow = StateRow & Omit<LiveStatus, "InstanceState" | "asOf">;

/** The two upstream calls, each for at most `batchSize` ids (server/status/upstream.ts binds them to a CvmClient). */
export interface StatusUpstream {
  /** DescribeInstancesStatus: the cheap heartbeat. Instances that no longer exist are absent from the answer. */
  describeStatus(ids: string[], signal: AbortSignal): Promise<StateRow[]>;
  /** DescribeInstances(InstanceIds): the only call that carries LatestOperation / LatestOperationState. */
  describeDetails(ids: string[], signal: AbortSignal): Promise<DetailRow[]>;
}

export interface PollerOptions {
  /** While anything watched is busy (transitional or OPERATING). */
  fastMs: number;
  /** While everything watched is settled. */
  slowMs: number;
  /** Ceiling of the error backoff (fastMs · 2^(failures−1)). */
  maxBackoffMs: number;
  /** seed 20380: at most 100 InstanceIds per DescribeInstancesStatus (and per DescribeInstances). */
  batchSize: number;
  /** Batches in flight at once (server/cvm's rate limiter paces them further). */
  concurrency: number;
  /** Keep polling ids this long after their last watcher left, so a reconnecting tab misses no transition. */
  lingerMs: number;
  /** Delay of a poll triggered by new ids or a nudge: coalesces tabs that connect together. */
  kickDelayMs: number;
  /** Re-read LatestOperation* of every watched instance this often, to catch state-preserving operations
   * started outside this console (inside it, actions call nudge()). */
  fullRefreshMs: number;
  /** Polls with changes kept for Last-Event-ID resume. */
  logSize: number;
  /** Distinct ids one poller polls at most: upstream calls grow with distinct ids, so streams are refused
   * beyond this (20,000 ids = 200 DescribeInstancesStatus calls per poll, 5 s of the action's 40/s). */
  maxIds: number;
  now: () => number;
  random: () => number;
}

export const DEFAULT_POLLER_OPTIONS: PollerOptions = {
  fastMs: 2_500,
  slowMs: 30_000,
  maxBackoffMs: 60_000,
  batchSize: 100,
  concurrency: 4,
  lingerMs: 15_000,
  kickDelayMs: 50,
  fullRefreshMs: 300_000,
  logSize: 512,
  maxIds: 20_000,
  now: () => Date.now(),
  random: Math.random,
};

/** What every subscriber hears after each poll: the poll's changes (possibly none) and the health. */
export interface PollResult {
  seq: number;
  at: number;
  changes: ReadonlyMap<string, LiveStatus>;
  health: PollerHealth;
}
export type PollListener = (result: PollResult) => void;
