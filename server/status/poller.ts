import { TRANSITIONAL_STATES } from "@/lib/instances/states";
import { isBusy, sameStatus, type LiveStatus, type PollerHealth } from "@/lib/status/types";
import { toUserError } from "@/server/errors/to-user-error";
import { chunk, mapLimit } from "./batches";
import { ChangeLog, type LogEntry } from "./change-log";
import { DEFAULT_POLLER_OPTIONS, type DetailRow, type PollerOptions, type PollListener, type PollResult, type StatusUpstream } from "./poller-types";

export * from "./poller-types";

type Timer = ReturnType<typeof setTimeout>;

/**
 * The one poller of an (account, region): every open stream registers the ids it shows, and one loop polls the
 * union of them, so upstream calls scale with distinct instances, never with tabs.
 *
 * Each poll: DescribeInstancesStatus over all ids in batches of 100 (ceil(n/100) calls: the heartbeat), then
 * DescribeInstances only for the few ids whose LatestOperation* may have moved: never seen, state changed,
 * OPERATING while in a settled state (an operation that keeps the state), nudged by one of our actions, or the
 * periodic full refresh. A transitional instance is not re-read each poll: its operation can only end with a
 * state change, which the heartbeat sees.
 */
export class StatusPoller {
  /** Identifies this poller's seq space: a stream id from another poller (or process) cannot resume here. */
  readonly epoch: string;
  readonly #o: PollerOptions;
  readonly #upstream: StatusUpstream;
  readonly #watchers = new Map<string, number>();
  readonly #lingering = new Map<string, number>();
  readonly #listeners = new Set<PollListener>();
  readonly #known = new Map<string, LiveStatus>();
  readonly #nudged = new Set<string>();
  /** Ids whose LatestOperation* has been read at least once. */
  readonly #detailed = new Set<string>();
  readonly #log: ChangeLog;
  #health: PollerHealth = { state: "ok", lastSuccessAt: null };
  #seq = 0;
  #failures = 0;
  #lastFullRefresh = Number.NEGATIVE_INFINITY;
  #timer: Timer | undefined;
  #timerAt = Number.POSITIVE_INFINITY;
  #polling: Promise<void> | undefined;
  #kickAfterPoll = false;
  #abort = new AbortController();
  #disposed = false;

  constructor(upstream: StatusUpstream, opts: Partial<PollerOptions> = {}) {
    this.#upstream = upstream;
    this.#o = { ...DEFAULT_POLLER_OPTIONS, ...opts };
    this.#log = new ChangeLog(this.#o.logSize);
    this.epoch = `${this.#o.now().toString(36)}${Math.floor(this.#o.random() * 1e6).toString(36)}`;
  }

  get seq(): number {
    return this.#seq;
  }
  get health(): PollerHealth {
    return this.#health;
  }
  /** Ids polled right now (watched or lingering). */
  get watchedIds(): string[] {
    return [...new Set([...this.#watchers.keys(), ...this.#lingering.keys()])];
  }
  /** True while a poll is scheduled or running. */
  get active(): boolean {
    return this.#timer !== undefined || this.#polling !== undefined;
  }

  /** Whether adding `ids` would take this poller past maxIds distinct ids (the stream should be refused). */
  wouldExceed(ids: readonly string[]): boolean {
    const extra = new Set(ids.filter((id) => !this.#watchers.has(id) && !this.#lingering.has(id))).size;
    return extra > 0 && this.#watchers.size + this.#lingering.size + extra > this.#o.maxIds;
  }

  /** Registers a stream's ids; `listener` hears every poll from now on. Returns the unsubscribe. */
  subscribe(ids: readonly string[], listener: PollListener): () => void {
    const unique = [...new Set(ids)];
    let fresh = false;
    for (const id of unique) {
      this.#watchers.set(id, (this.#watchers.get(id) ?? 0) + 1);
      this.#lingering.delete(id);
      if (!this.#known.has(id)) fresh = true;
    }
    this.#listeners.add(listener);
    // New ids need a first look soon; a paused poller resumes at once (what it knew may be old).
    if (fresh || !this.active) this.#kick();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.#listeners.delete(listener);
      const until = this.#o.now() + this.#o.lingerMs;
      for (const id of unique) {
        const left = (this.#watchers.get(id) ?? 1) - 1;
        if (left > 0) this.#watchers.set(id, left);
        else {
          this.#watchers.delete(id);
          if (this.#o.lingerMs > 0) this.#lingering.set(id, until);
          else this.#forget(id);
        }
      }
      if (this.#watchers.size === 0 && this.#lingering.size === 0) this.#pause();
    };
  }

  /** What is known now about `ids` (those seen at least once). */
  snapshot(ids: Iterable<string>): Map<string, LiveStatus> {
    const out = new Map<string, LiveStatus>();
    for (const id of ids) {
      const s = this.#known.get(id);
      if (s) out.set(id, s);
    }
    return out;
  }

  /** Polls with changes after `seq`; null when that is not possible (the log no longer reaches back). */
  changesSince(seq: number): LogEntry[] | null {
    return seq > this.#seq ? null : this.#log.since(seq);
  }

  /** One of our own actions just changed these instances: poll them soon and re-read their operation. */
  nudge(ids: readonly string[]): void {
    for (const id of ids) this.#nudged.add(id);
    if (ids.some((id) => this.#watchers.has(id) || this.#lingering.has(id))) this.#kick();
  }

  /** Stops for good: timers cleared, the in-flight poll aborted, listeners dropped. */
  dispose(): void {
    this.#disposed = true;
    this.#pause();
    this.#abort.abort();
    this.#listeners.clear();
  }

  /** Runs one poll now (tests and the scheduler); concurrent calls share it. */
  pollNow(): Promise<void> {
    this.#polling ??= this.#poll().finally(() => {
      this.#polling = undefined;
      this.#scheduleNext();
    });
    return this.#polling;
  }

  async #poll(): Promise<void> {
    const start = this.#o.now();
    for (const [id, until] of this.#lingering) if (until <= start) this.#forget(id);
    const ids = this.watchedIds;
    if (ids.length === 0) return;
    const signal = this.#abort.signal;

    const errors: unknown[] = [];
    const seen = new Map<string, string | null>(); // id → state; null: gone
    await mapLimit(chunk(ids, this.#o.batchSize), this.#o.concurrency, async (batch) => {
      try {
        const rows = await this.#upstream.describeStatus(batch, signal);
        for (const id of batch) seen.set(id, null);
        for (const r of rows) if (seen.has(r.InstanceId)) seen.set(r.InstanceId, r.InstanceState);
      } catch (err) {
        errors.push(err);
      }
    });
    if (this.#disposed) return;

    const fullRefresh = start - this.#lastFullRefresh >= this.#o.fullRefreshMs;
    const toDetail = [...seen].filter(([id, state]) => state !== null && this.#needsDetail(id, state, fullRefresh)).map(([id]) => id);
    const details = new Map<string, DetailRow>();
    let detailFailed = false;
    await mapLimit(chunk(toDetail, this.#o.batchSize), this.#o.concurrency, async (batch) => {
      try {
        for (const r of await this.#upstream.describeDetails(batch, signal)) details.set(r.InstanceId, r);
      } catch (err) {
        detailFailed = true;
        errors.push(err);
      }
    });
    if (this.#disposed) return;
    if (fullRefresh && !detailFailed && errors.length === 0) this.#lastFullRefresh = start;

    const at = this.#o.now();
    const changes = new Map<string, LiveStatus>();
    for (const [id, state] of seen) {
      const prev = this.#known.get(id);
      const d = details.get(id);
      const next = d
        ? { InstanceState: d.InstanceState, LatestOperation: d.LatestOperation ?? null, LatestOperationState: d.LatestOperationState ?? null, LatestOperationErrorMsg: d.LatestOperationErrorMsg ?? null }
        : { InstanceState: state, LatestOperation: prev?.LatestOperation ?? null, LatestOperationState: prev?.LatestOperationState ?? null, LatestOperationErrorMsg: prev?.LatestOperationErrorMsg ?? null };
      if (d) this.#detailed.add(id);
      if (d || state === null) this.#nudged.delete(id);
      if (prev && sameStatus(prev, next)) continue;
      const status: LiveStatus = { ...next, asOf: at };
      this.#known.set(id, status);
      changes.set(id, status);
    }

    if (errors.length === 0) {
      this.#failures = 0;
      this.#health = { state: "ok", lastSuccessAt: at };
    } else {
      this.#failures += 1;
      const { code, message } = toUserError(errors[0]);
      this.#health = { state: "degraded", reason: code, message, lastSuccessAt: this.#health.lastSuccessAt };
    }
    const seq = ++this.#seq;
    if (changes.size > 0) this.#log.push({ seq, at, statuses: changes });
    const result: PollResult = { seq, at, changes, health: this.#health };
    for (const listener of [...this.#listeners]) {
      try {
        listener(result);
      } catch (err) {
        console.error("[status] a stream listener failed:", err instanceof Error ? err.message : err);
      }
    }
  }

  #needsDetail(id: string, state: string, fullRefresh: boolean): boolean {
    const prev = this.#known.get(id);
    if (fullRefresh || !prev || !this.#detailed.has(id) || this.#nudged.has(id)) return true;
    if (prev.InstanceState !== state) return true;
    // OPERATING in a settled state: an operation that keeps the state (reset password, resize …) is running;
    // only DescribeInstances can tell when it ends.
    return prev.LatestOperationState === "OPERATING" && !TRANSITIONAL_STATES.has(state);
  }

  #interval(): number {
    if (this.#failures > 0) {
      const backoff = Math.min(this.#o.maxBackoffMs, this.#o.fastMs * 2 ** (this.#failures - 1));
      return backoff * (0.8 + 0.4 * this.#o.random()); // jitter: pollers of many accounts don't retry in step
    }
    const busy = this.watchedIds.some((id) => this.#nudged.has(id) || !this.#known.has(id) || isBusy(this.#known.get(id)));
    return busy ? this.#o.fastMs : this.#o.slowMs;
  }

  #scheduleNext(): void {
    if (this.#disposed || this.watchedIds.length === 0) return this.#pause();
    if (this.#kickAfterPoll) {
      this.#kickAfterPoll = false;
      return this.#schedule(this.#o.kickDelayMs);
    }
    this.#schedule(this.#interval());
  }

  #kick(): void {
    if (this.#disposed) return;
    if (this.#polling) this.#kickAfterPoll = true;
    else this.#schedule(this.#o.kickDelayMs);
  }

  /** Sets the next poll `delay` from now unless one is already due sooner. */
  #schedule(delay: number): void {
    const at = this.#o.now() + delay;
    if (this.#timer !== undefined && this.#timerAt <= at) return;
    this.#pause();
    this.#timerAt = at;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#timerAt = Number.POSITIVE_INFINITY;
      void this.pollNow();
    }, delay);
    (this.#timer as { unref?: () => void }).unref?.();
  }

  #pause(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Number.POSITIVE_INFINITY;
  }

  #forget(id: string): void {
    this.#lingering.delete(id);
    this.#known.delete(id);
    this.#nudged.delete(id);
    this.#detailed.delete(id);
  }
}
