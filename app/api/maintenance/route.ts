import type { NextRequest } from "next/server";
import { listRepairTasks } from "@/server/queries/maintenance";
import { readTaskFilters } from "@/lib/maintenance/filters";
import { scopedRead } from "@/app/api/_lib/scoped-read";

export const dynamic = "force-dynamic";

/** The region's repair tasks: `?status=1,4|all&type=101&product=CVM&q=&days=30` (malformed values are dropped). */
export function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, (where, params) => listRepairTasks(where, readTaskFilters(params)));
}
