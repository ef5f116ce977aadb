import type { NextRequest } from "next/server";
import { getConsoleContext } from "@/server/context";
import { fleetRegions, iterateInstances } from "@/server/queries/instances";
import { toUserError } from "@/server/errors/to-user-error";
import { getI18n } from "@/lib/i18n/server";
import { normaliseColumns } from "@/lib/instances/columns";
import { exportFields } from "@/lib/instances/csv-columns";
import { CSV_BOM, csvRow } from "@/lib/instances/csv";
import type { InstanceRow } from "@/lib/instances/instance-view";
import { errorResponse } from "../../_lib/error-response";
import { readListRequest } from "../_lib/list-request";

export const dynamic = "force-dynamic";

/** "20240601-0830" in UTC, for the file name. */
function stamp(date: Date): string {
  return date.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
}

/**
 * The current list as CSV: same `q`, `scope` and `region` as the list, every page (100 rows per call), the
 * chosen `columns` (comma-separated ids). Streamed as the pages arrive, so a 10,000-instance fleet starts
 * downloading at once and the client can count rows as they come. The first page is fetched before answering:
 * a bad filter or a cloud error is a proper JSON error, not a broken file. A failure after that ends the stream
 * with an error (the browser sees a failed download, never a silently short file).
 */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const ctx = await getConsoleContext(); // requireRole("viewer") inside
    const req = await readListRequest(request, ctx);
    if (req instanceof Response) return req;
    const { t } = await getI18n();
    const chosen = normaliseColumns((request.nextUrl.searchParams.get("columns") ?? "").split(","));
    const parts = exportFields(chosen, req.params.scope === "all");
    const regions =
      req.params.scope === "all" ? (await fleetRegions(req.accountId, ctx.locale, req.filters)).map((r) => r.Region) : [req.region];

    const abort = new AbortController();
    request.signal.addEventListener("abort", () => abort.abort());
    const pages = iterateInstances(req.accountId, regions, req.filters, abort.signal);
    const first = await pages.next(); // errors here become a JSON answer below
    const encoder = new TextEncoder();
    const rowsOf = (rows: InstanceRow[]) => rows.map((row) => csvRow(parts.map((p) => p.value(row)))).join("");
    let pending: string | null = CSV_BOM + csvRow(parts.map((p) => t(p.header))) + rowsOf(first.done ? [] : first.value);
    let done = first.done ?? false;

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
          if (next.done) {
            done = true;
            controller.close();
          } else controller.enqueue(encoder.encode(rowsOf(next.value)));
        } catch (err) {
          toUserError(err); // logs anything unexpected; a cloud error is the cloud's, nothing to log
          controller.error(new Error("export interrupted"));
        }
      },
      cancel() {
        abort.abort();
        void pages.return(undefined);
      },
    });

    const name = `instances-${req.params.scope === "all" ? "all-regions" : req.region}-${stamp(new Date())}.csv`;
    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}"`,
        "cache-control": "no-store, no-transform",
        "x-accel-buffering": "no",
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
