import type { NextRequest } from "next/server";
import { getConsoleContext } from "@/server/context";
import { listInstances, listInstancesAllRegions } from "@/server/queries/instances";
import { errorResponse, okJson } from "../_lib/error-response";
import { readListRequest } from "./_lib/list-request";

export const dynamic = "force-dynamic";

/**
 * One page of instances: `?q=` (search syntax), `page`, `size` (≤ 100), `scope=all` for every region, `region`
 * (default: the header's). The client's refetches come here; the page's first render uses the same query.
 */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const ctx = await getConsoleContext(); // requireRole("viewer") inside
    const req = await readListRequest(request, ctx);
    if (req instanceof Response) return req;
    const { page, size, scope } = req.params;
    const query = { filters: req.filters, page, size };
    const list =
      scope === "all" ? await listInstancesAllRegions(req.accountId, ctx.locale, query) : await listInstances(req.accountId, req.region, query);
    return okJson(list);
  } catch (err) {
    return errorResponse(err);
  }
}
