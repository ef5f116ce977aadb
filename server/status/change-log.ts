import type { LiveStatus } from "@/lib/status/types";

export interface LogEntry {
  seq: number;
  at: number;
  /** Only the instances that changed in this poll. */
  statuses: ReadonlyMap<string, LiveStatus>;
}

/**
 * The last `capacity` polls that changed something, so a reconnecting stream can replay exactly the transitions
 * it missed (STOPPING, then STOPPED) instead of jumping to the end state. Bounded: memory does not grow with
 * uptime; a client that was away longer than the log covers gets a full snapshot instead.
 */
export class ChangeLog {
  readonly #entries: LogEntry[] = [];
  /** Highest seq that has fallen out of the log (0: nothing dropped yet). */
  #droppedThrough = 0;

  constructor(private readonly capacity = 512) {}

  push(entry: LogEntry): void {
    this.#entries.push(entry);
    while (this.#entries.length > this.capacity) this.#droppedThrough = this.#entries.shift()!.seq;
  }

  /** Entries after `seq`, oldest first; null when some of them were already dropped (resume impossible). */
  since(seq: number): LogEntry[] | null {
    if (seq < this.#droppedThrough) return null;
    // Entries are in seq order; scan from the end since a reconnect usually misses only the last few.
    let i = this.#entries.length;
    while (i > 0 && this.#entries[i - 1]!.seq > seq) i--;
    return this.#entries.slice(i);
  }

  get size(): number {
    return this.#entries.length;
  }
}
