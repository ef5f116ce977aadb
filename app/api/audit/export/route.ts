import type { NextRequest } from "next/server";
import { requireRole } from "@/server/auth/session";
import { iterateAudit } from "@/server/audit/log";
import { auditCsvHeader, auditCsvRows } from "@/server/audit/csv";
import { parseAuditFilters } from "@/lib/audit/filters";
import { toUserError } from "@/server/errors/to-user-error";
import { getI18n } from "@/lib/i18n/server";
import { CSV_BOM } from "@/lib/instances/csv";
import { errorJson, errorResponse } from "../../_lib/error-response";

export const dynamic = "force-dynamic";

/** "20240601-0830" in UTC, for the file name. */
function stamp(date: Date): string {
  return date.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
}

/**
 * The audit log as CSV, admins only: the page's filters (same URL parameters), every matching entry newest first,
 * read 500 at a time by id cursor and streamed as it is read. Filters the page would show a field message for are
 * refused here (400): a file silently widened to more than was asked for would mislead. The first page is read
 * before answering, so a database error is a JSON error rather than a broken file; a failure later fails the
 * download instead of ending it short.
 */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    await requireRole("admin");
    const { t } = await getI18n();
    const { filter, errors } = parseAuditFilters(request.nextUrl.searchParams);
    const bad = Object.keys(errors);
    if (bad.length) return errorJson(400, { code: "InvalidParameterValue", message: t("audit.api.badFilter", { fields: bad.join(", ") }) });

    const pages = iterateAudit(filter);
    const first = await pages.next();
    const encoder = new TextEncoder();
    let pending: string | null = CSV_BOM + auditCsvHeader(t) + (first.done ? "" : auditCsvRows(first.value));
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
          } else controller.enqueue(encoder.encode(auditCsvRows(next.value)));
        } catch (err) {
          toUserError(err); // logs it
          controller.error(new Error("export interrupted"));
        }
      },
      cancel() {
        void pages.return(undefined);
      },
    });

    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="audit-log-${stamp(new Date())}.csv"`,
        "cache-control": "no-store, no-transform",
        "x-accel-buffering": "no",
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
