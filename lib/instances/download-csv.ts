import type { ActionError } from "@/lib/action-result";
import { createRecordCounter } from "./csv";

export type CsvDownload = { ok: true; rows: number } | { ok: false; rows: number; error?: ActionError };

function fileNameOf(response: Response): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? "instances.csv";
}

/**
 * Fetches a streamed CSV export, reporting the rows received so far, and saves the file once it is complete (never
 * half). A JSON error answer (bad filter, cloud error) comes back as `error`; an interrupted stream as `ok: false`
 * without one. Aborting `signal` rejects. Imported on click by the export button, so not part of first-load JS.
 */
export async function downloadCsv(url: string, signal: AbortSignal, onRows: (rows: number) => void): Promise<CsvDownload> {
  let rows = 0;
  const response = await fetch(url, { signal, cache: "no-store" });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: ActionError } | null;
    return { ok: false, rows, error: body?.error };
  }
  const counter = createRecordCounter();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const chunks: string[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      rows = Math.max(0, counter.push(value) - 1); // the header is not an instance
      onRows(rows);
    }
  } catch (err) {
    if (signal.aborted) throw err;
    return { ok: false, rows };
  }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob(chunks, { type: "text/csv;charset=utf-8" }));
  link.download = fileNameOf(response);
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return { ok: true, rows };
}
