import type { NextRequest } from "next/server";
import { requireRole } from "@/server/auth/session";
import { iterateAudit } from "@/server/audit/log";
import { auditCsvHeader, auditCsvRows } from "@/server/audit/csv";
import { parseAuditFilters } from "@/lib/audit/filters";
import { getI18n } from "@/lib/i18n/server";
import { csvDownload, fileStamp } from "../../_lib/csv-download";
import { errorJson, errorResponse } from "../../_lib/error-response";

export const dynamic = "force-dynamic";

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

    return await csvDownload({
      pages: iterateAudit(filter),
      header: auditCsvHeader(t),
      rows: auditCsvRows,
      fileName: `audit-log-${fileStamp(new Date())}.csv`,
    });
  } catch (err) {
    return errorResponse(err);
  }
}
