import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { StatusEvent } from "@/lib/status/types";
import { StatusPoller, type StatusUpstream } from "./poller";
import { formatCursor, openStatusStream, parseCursor } from "./sse";

interface Frame {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
}

/** A few microtask hops: enough for an already-queued chunk to be read; timers are faked, so no setTimeout. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

type Buffer = { text: string; pending?: Promise<ReadableStreamReadResult<Uint8Array>> };

/** Reads whatever the stream has queued so far (a read that finds nothing stays pending for the next call). */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, buffer: Buffer): Promise<Frame[]> {
  const decoder = new TextDecoder();
  for (;;) {
    buffer.pending ??= reader.read();
    let result: ReadableStreamReadResult<Uint8Array> | undefined;
    void buffer.pending.then((r) => (result = r));
    await settle();
    if (!result) break;
    buffer.pending = undefined;
    if (result.done) break;
    buffer.text += decoder.decode(result.value);
  }
  const blocks = buffer.text.split("\n\n");
  buffer.text = blocks.pop()!;
  return blocks.map((b) => {
    const f: Frame = {};
    for (const line of b.split("\n")) {
      const i = line.indexOf(": ");
      f[line.slice(0, i) as keyof Frame] = line.slice(i + 2);
    }
    return f;
  });
}
const events = (frames: Frame[]) => frames.filter((f) => f.data && !f.event).map((f) => ({ id: f.id!, ...(JSON.parse(f.data!) as StatusEvent) }));

const ID = "ins-aaaaaaaa";
let state = "RUNNING";
const upstream: StatusUpstream = {
  describeStatus: async (ids) => ids.map((id) => ({ InstanceId: id, InstanceState: state })),
  describeDetails: async (ids) =>
    ids.map((id) => ({
      InstanceId: id,
      InstanceState: state,
      LatestOperation: "StopInstances",
      LatestOperationState: state === "STOPPING" ? "OPERATING" : "SUCCESS",
      LatestOperationErrorMsg: null,
    })),
};

let poller: StatusPoller;
beforeEach(() => {
  vi.useFakeTimers();
  state = "RUNNING";
  poller = new StatusPoller(upstream, { fastMs: 2_500, slowMs: 30_000, lingerMs: 15_000, kickDelayMs: 50 });
});
afterEach(() => {
  poller.dispose();
  vi.useRealTimers();
});

function open(lastEventId: string | null = null) {
  const abort = new AbortController();
  const stream = openStatusStream([{ region: "ap-guangzhou", poller, ids: [ID] }], { lastEventId, signal: abort.signal, heartbeatMs: 15_000 });
  return { abort, reader: stream.getReader(), buffer: { text: "" } as Buffer };
}

describe("openStatusStream", () => {
  it("starts with retry and a snapshot, then sends one event per poll with ids <epoch>.<seq>", async () => {
    const s = open();
    await vi.advanceTimersByTimeAsync(60);
    const frames = await drain(s.reader, s.buffer);
    expect(frames[0]).toEqual({ retry: "2000" });
    const [snapshot, first] = events(frames);
    expect(snapshot).toMatchObject({ kind: "snapshot", statuses: {} });
    expect(first).toMatchObject({ kind: "change", statuses: { [ID]: { InstanceState: "RUNNING" } }, health: { state: "ok" } });
    expect(parseCursor(first!.id)).toEqual(new Map([["ap-guangzhou", { epoch: poller.epoch, seq: 1 }]]));
    s.abort.abort();
  });

  it("resumes from Last-Event-ID: replays every missed transition in order (STOPPING, then STOPPED), then a snapshot", async () => {
    const otherTab = poller.subscribe([ID], () => {}); // keeps the id polled while this tab is away
    const a = open();
    await vi.advanceTimersByTimeAsync(60);
    const lastId = events(await drain(a.reader, a.buffer)).at(-1)!.id;
    a.abort.abort(); // the tab's connection drops

    state = "STOPPING";
    await vi.advanceTimersByTimeAsync(30_000);
    state = "STOPPED";
    await vi.advanceTimersByTimeAsync(2_500);

    const b = open(lastId);
    const replayed = events(await drain(b.reader, b.buffer));
    expect(replayed.map((e) => [e.kind, e.replay ?? false, e.statuses[ID]?.InstanceState])).toEqual([
      ["change", true, "STOPPING"],
      ["change", true, "STOPPED"],
      ["snapshot", false, "STOPPED"],
    ]);
    b.abort.abort();
    otherTab();
  });

  it("answers an id from another poller (server restart) with a full snapshot only", async () => {
    const a = open();
    await vi.advanceTimersByTimeAsync(60);
    a.abort.abort();
    const b = open("ap-guangzhou:zzzz.1");
    const got = events(await drain(b.reader, b.buffer));
    expect(got.map((e) => e.kind)).toEqual(["snapshot"]);
    expect(got[0]!.statuses[ID]?.InstanceState).toBe("RUNNING");
    b.abort.abort();
  });

  it("sends a ping heartbeat, and on abort unsubscribes and stops its timers", async () => {
    const s = open();
    await vi.advanceTimersByTimeAsync(15_100);
    expect((await drain(s.reader, s.buffer)).some((f) => f.event === "ping")).toBe(true);
    expect(poller.watchedIds).toEqual([ID]);
    s.abort.abort();
    expect(vi.getTimerCount()).toBe(1); // only the poller's own next poll (the id lingers 15 s)
    await vi.advanceTimersByTimeAsync(60_000);
    expect(poller.watchedIds).toEqual([]);
    expect(poller.active).toBe(false);
  });

  it("only sends a stream the instances it asked for", async () => {
    const s = open();
    const other = new AbortController();
    openStatusStream([{ region: "ap-guangzhou", poller, ids: ["ins-bbbbbbbb"] }], { lastEventId: null, signal: other.signal });
    await vi.advanceTimersByTimeAsync(60);
    const got = events(await drain(s.reader, s.buffer));
    expect(got.flatMap((e) => Object.keys(e.statuses))).toEqual([ID]);
    s.abort.abort();
    other.abort();
  });

  it("carries several regions on one stream, each resumed from its own poller's log", async () => {
    const shanghai = new StatusPoller(upstream, { fastMs: 2_500, slowMs: 30_000, lingerMs: 15_000, kickDelayMs: 50 });
    const subs = [
      { region: "ap-guangzhou", poller, ids: [ID] },
      { region: "ap-shanghai", poller: shanghai, ids: ["ins-cccccccc"] },
    ];
    const keep = [poller.subscribe([ID], () => {}), shanghai.subscribe(["ins-cccccccc"], () => {})];
    const a = new AbortController();
    const reader = openStatusStream(subs, { lastEventId: null, signal: a.signal }).getReader();
    const buffer = { text: "" } as Buffer;
    await vi.advanceTimersByTimeAsync(60);
    const first = events(await drain(reader, buffer));
    expect(first.filter((e) => e.kind === "snapshot").map((e) => e.region)).toEqual(["ap-guangzhou", "ap-shanghai"]);
    const lastId = first.at(-1)!.id;
    expect([...parseCursor(lastId).keys()]).toEqual(["ap-guangzhou", "ap-shanghai"]);
    a.abort();

    state = "STOPPING";
    await vi.advanceTimersByTimeAsync(30_000);
    const b = new AbortController();
    const again = events(await drain(openStatusStream(subs, { lastEventId: lastId, signal: b.signal }).getReader(), { text: "" } as Buffer));
    expect(again.filter((e) => e.replay).map((e) => [e.region, Object.values(e.statuses)[0]!.InstanceState])).toEqual([
      ["ap-guangzhou", "STOPPING"],
      ["ap-shanghai", "STOPPING"],
    ]);
    expect(formatCursor(parseCursor(again.at(-1)!.id))).toBe(again.at(-1)!.id);
    b.abort();
    keep.forEach((u) => u());
    shanghai.dispose();
  });
});
