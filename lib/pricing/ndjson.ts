/**
 * Reads a newline-delimited JSON body as it arrives, one batch of values per network read, so the caller renders
 * once per read instead of once per line. A partial last line waits for the rest; blank lines are skipped.
 */
export async function* readNdjson<T>(body: ReadableStream<Uint8Array>): AsyncGenerator<T[]> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffered += done ? decoder.decode() : decoder.decode(value, { stream: true });
      const lines = buffered.split("\n");
      buffered = done ? "" : (lines.pop() ?? "");
      const batch = lines.filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as T);
      if (batch.length) yield batch;
      if (done) {
        finished = true;
        return;
      }
    }
  } finally {
    // The consumer stopped early (a new spec, the page left): stop the download too.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
