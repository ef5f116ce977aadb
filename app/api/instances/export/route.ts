import type { NextRequest } from "next/server";
import { getConsoleContext } from "@/server/context";
import { fleetRegions, iterateInstances } from "@/server/queries/instances";
import { getI18n } from "@/lib/i18n/server";
import { normaliseColumns } from "@/lib/instances/columns";
import { exportFields } from "@/lib/instances/csv-columns";
import { csvRow } from "@/lib/instances/csv";
import type { InstanceRow } from "@/lib/instances/instance-view";
import { csvDownload, fileStamp } from "../../_lib/csv-download";
import { errorResponse } from "../../_lib/error-response";
import { readListRequest } from "../_lib/list-request";

export const dynamic = "force-dynamic";

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
    return await csvDownload({
      pages: iterateInstances(req.accountId, regions, req.filters, abort.signal),
      header: csvRow(parts.map((p) => t(p.header))),
      rows: (rows: InstanceRow[]) => rows.map((row) => csvRow(parts.map((p) => p.value(row)))).join(""),
      fileName: `instances-${req.params.scope === "all" ? "all-regions" : req.region}-${fileStamp(new Date())}.csv`,
      onCancel: () => abort.abort(),
    });
  } catch (err) {
    return errorResponse(err);
  }
}
