import type { NextRequest } from "next/server";
import { listRepairTasks } from "@/server/queries/maintenance";
import { readTaskFilters } from "@/lib/maintenance/filters";
import { resourceRead } from "../_lib/resource-read";

export const dynamic = "force-dynamic";

/** The region's repair tasks: `?status=1,4|all&type=101&product=CVM&q=&days=30` (malformed values are dropped). */
export function GET(request: NextRequest): Promise<Response> {
  return resourceRead(request, (where, params) => listRepairTasks(where, readTaskFilters(params)));
}
