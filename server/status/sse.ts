import type { LiveStatus, StatusEvent } from "@/lib/status/types";
import type { PollResult, StatusPoller } from "./poller";

/** One region's part of a stream: the ids of that region and the region's shared poller. */
export interface StreamSubscription {
  region: string;
  poller: StatusPoller;
  ids: readonly string[];
}

export interface StreamOptions {
  /** The Last-Event-ID header (or ?since=) of a reconnecting client. */
  lastEventId: string | null;
  /** The request's signal: the client went away. */
  signal: AbortSignal;
  /** A `ping` event this often, so the client can tell a quiet stream from a dead one. */
  heartbeatMs?: number;
  /**
   * Streams end after this long; EventSource reconnects with Last-Event-ID, which re-runs requireRole (a
   * disabled user or expired session loses the stream) and resumes from the change logs without a gap.
   */
  maxLifetimeMs?: number;
  /** EventSource's reconnect delay, sent as `retry:`. */
  retryMs?: number;
  /** Events queued for a client that is not reading before the stream is dropped (it reconnects and resumes). */
  maxQueued?: number;
}

/** Where a stream is in each region's poll sequence. */
export type Cursor = Map<string, { epoch: string; seq: number }>;

/**
 * Event ids are cursors over every region of the stream, `ap-guangzhou:<epoch>.<seq>,ap-shanghai:…`: one
 * stream serves several regions (All regions mode) and resumes each from its own poller's change log. A new
 * epoch (server restart, new poller) means that region starts again from a snapshot.
 */
export function formatCursor(cursor: Cursor): string {
  return [...cursor].map(([region, { epoch, seq }]) => `${region}:${epoch}.${seq}`).join(",");
}

export function parseCursor(id: string | null): Cursor {
  const cursor: Cursor = new Map();
  for (const part of (id ?? "").trim().split(",")) {
    const m = /^([a-z0-9-]+):([a-z0-9]+)\.(\d+)$/.exec(part);
    if (m) cursor.set(m[1]!, { epoch: m[2]!, seq: Number(m[3]) });
  }
  return cursor;
}

function frame(data: StatusEvent, id: string): string {
  return `id: ${id}\ndata: ${JSON.stringify(data)}\n\n`;
}

function pick(statuses: ReadonlyMap<string, LiveStatus>, ids: ReadonlySet<string>): Record<string, LiveStatus> {
  const out: Record<string, LiveStatus> = {};
  // Walk the smaller side: a poll usually changes a handful of the stream's hundreds of ids.
  if (statuses.size <= ids.size) {
    for (const [id, s] of statuses) if (ids.has(id)) out[id] = s;
  } else {
    for (const id of ids) {
      const s = statuses.get(id);
      if (s) out[id] = s;
    }
  }
  return out;
}

/**
 * One subscriber's Server-Sent Events stream over the shared pollers of its regions: `retry:`, the missed polls
 * of every region whose cursor can be resumed (each as its own event, so no transition is skipped), a snapshot
 * per region of what is known now, then one event per poll and a `ping` heartbeat. Everything is released when
 * the client goes away.
 */
export function openStatusStream(subs: readonly StreamSubscription[], opts: StreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const maxQueued = opts.maxQueued ?? 64;
  let cleanup = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        if ((controller.desiredSize ?? 0) < -maxQueued) return close(); // a stuck reader must not grow our memory
        controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed by the runtime (client gone)
        }
      };

      send(`retry: ${opts.retryMs ?? 2_000}\n\n`);
      const since = parseCursor(opts.lastEventId);
      const cursor: Cursor = new Map();
      const parts = subs.map((sub) => ({ ...sub, idSet: new Set(sub.ids) }));
      for (const { region, poller } of parts) {
        const prev = since.get(region);
        const resumable = prev && prev.epoch === poller.epoch && poller.changesSince(prev.seq) !== null;
        cursor.set(region, { epoch: poller.epoch, seq: resumable ? prev.seq : poller.seq });
      }
      for (const { region, poller, idSet } of parts) {
        for (const entry of poller.changesSince(cursor.get(region)!.seq) ?? []) {
          cursor.set(region, { epoch: poller.epoch, seq: entry.seq });
          const statuses = pick(entry.statuses, idSet);
          if (Object.keys(statuses).length === 0) continue;
          send(frame({ kind: "change", region, at: entry.at, statuses, health: poller.health, replay: true }, formatCursor(cursor)));
        }
      }
      const unsubscribes = parts.map(({ region, poller, idSet }) => {
        cursor.set(region, { epoch: poller.epoch, seq: poller.seq });
        const snapshot = { kind: "snapshot" as const, region, at: Date.now(), statuses: pick(poller.snapshot(idSet), idSet), health: poller.health };
        send(frame(snapshot, formatCursor(cursor)));
        return poller.subscribe([...idSet], (r: PollResult) => {
          cursor.set(region, { epoch: poller.epoch, seq: r.seq });
          send(frame({ kind: "change", region, at: r.at, statuses: pick(r.changes, idSet), health: r.health }, formatCursor(cursor)));
        });
      });
      const heartbeat = setInterval(() => send(`event: ping\ndata: ${Date.now()}\n\n`), opts.heartbeatMs ?? 15_000);
      const lifetime = setTimeout(close, opts.maxLifetimeMs ?? 5 * 60_000);
      const onAbort = () => close();
      opts.signal.addEventListener("abort", onAbort, { once: true });

      cleanup = () => {
        closed = true;
        for (const unsubscribe of unsubscribes) unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        opts.signal.removeEventListener("abort", onAbort);
      };
      if (opts.signal.aborted) close();
    },
    cancel() {
      cleanup();
    },
  });
}
