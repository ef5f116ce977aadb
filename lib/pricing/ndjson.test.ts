import { describe, expect, it } from "vitest";
import { readNdjson } from "./ndjson";

function body(chunks: string[]): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder();
  return new ReadableStream({
    start(c) {
      for (const chunk of chunks) c.enqueue(bytes.encode(chunk));
      c.close();
    },
  });
}

describe("readNdjson", () => {
  it("yields one batch per network read, joining lines split across reads", async () => {
    const batches: unknown[][] = [];
    for await (const b of readNdjson(body(['{"a":1}\n{"b"', ':2}\n\n{"c":3}\n', '{"d":"终"}']))) batches.push(b);
    expect(batches).toEqual([[{ a: 1 }], [{ b: 2 }, { c: 3 }], [{ d: "终" }]]);
  });

  it("cancels the download when the reader stops early", async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        c.enqueue(new TextEncoder().encode('{"x":1}\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const batches = readNdjson<{ x: number }>(stream);
    expect((await batches.next()).value).toEqual([{ x: 1 }]);
    await batches.return(undefined);
    expect(cancelled).toBe(true);
  });
});
