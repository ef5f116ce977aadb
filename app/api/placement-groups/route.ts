import type { NextRequest } from "next/server";
import { listPlacementGroups } from "@/server/queries/placement-groups";
import { scopedRead } from "@/app/api/_lib/scoped-read";

export const dynamic = "force-dynamic";

/** The region's placement groups and group quota (`?region=`, default the header's). */
export function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, (where) => listPlacementGroups(where));
}
