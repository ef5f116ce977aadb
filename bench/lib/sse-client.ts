import { encodeIds } from "../../lib/status/types";

/** One GET /api/status stream read with fetch: counts the poll events (every data event after the snapshot). */
export interface StatusStream {
  polls: number;
  open: boolean;
  /** Resolves at the next poll event. */
  nextPoll(): Promise<void>;
  close(): void;
}

function openStream(base: string, cookie: string, region: string, ids: string[]): Promise<StatusStream> {
  const abort = new AbortController();
  const waiters: Array<() => void> = [];
  const stream: StatusStream = {
    polls: 0,
    open: true,
    nextPoll: () =>
      new Promise<void>((resolve, reject) => {
        if (!stream.open) return reject(new Error("the status stream is closed"));
        const timer = setTimeout(() => reject(new Error("no poll event within 120 s")), 120_000);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
    close: () => abort.abort(),
  };
  const url = `${base}/api/status?region=${region}&ids=${encodeIds(ids)}`;
  return new Promise((resolve, reject) => {
    fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal: abort.signal })
      .then(async (res) => {
        if (!res.ok || !res.body) throw new Error(`GET /api/status answered ${res.status}`);
        resolve(stream);
        const decoder = new TextDecoder();
        let buffer = "";
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (!frame.includes('"kind":"change"') || frame.includes('"replay":true')) continue;
            stream.polls += 1;
            for (const w of waiters.splice(0)) w();
          }
        }
      })
      .catch((err: unknown) => {
        if (!abort.signal.aborted) reject(err);
      })
      .finally(() => {
        stream.open = false;
      });
  });
}

/** Opens `count` streams watching the same ids. */
export function openStreams(base: string, cookie: string, region: string, ids: string[], count: number): Promise<StatusStream[]> {
  return Promise.all(Array.from({ length: count }, () => openStream(base, cookie, region, ids)));
}
