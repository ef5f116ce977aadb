import "server-only";
import { toUserError } from "@/server/errors/to-user-error";
import { CSV_BOM } from "@/lib/instances/csv";

/** "20240601-0830" in UTC, for file names. */
export function fileStamp(date: Date): string {
  return date.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
}

type CsvDownload<T> = {
  /** Pages of records, read one at a time as the client takes the stream. */
  pages: AsyncGenerator<T[], unknown, unknown>;
  /** The header row, already a CSV line. */
  header: string;
  /** One page of records as CSV lines. */
  rows: (page: T[]) => string;
  fileName: string;
  /** Stop upstream work when the browser goes away. */
  onCancel?: () => void;
};

/**
 * A CSV file streamed page by page (UTF-8 with a BOM, so Excel keeps Chinese names). The first page is read before
 * answering: if that throws, the caller answers with a proper JSON error instead of a broken file. A failure after
 * that errors the stream, so the browser sees a failed download, never a silently short file.
 */
export async function csvDownload<T>({ pages, header, rows, fileName, onCancel }: CsvDownload<T>): Promise<Response> {
  const first = await pages.next();
  const encoder = new TextEncoder();
  let pending: string | null = CSV_BOM + header + (first.done ? "" : rows(first.value));
  const done = first.done ?? false;

  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (pending !== null) {
        controller.enqueue(encoder.encode(pending));
        pending = null;
        if (done) controller.close();
        return;
      }
      try {
        const next = await pages.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(rows(next.value)));
      } catch (err) {
        toUserError(err); // logs anything unexpected; a cloud error is the cloud's, nothing to log
        controller.error(new Error("export interrupted"));
      }
    },
    cancel() {
      onCancel?.();
      void pages.return(undefined);
    },
  });

  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
