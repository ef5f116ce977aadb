import type { NextRequest } from "next/server";
import { listPlacementGroups } from "@/server/queries/placement-groups";
import { resourceRead } from "../_lib/resource-read";

export const dynamic = "force-dynamic";

/** The region's placement groups and group quota (`?region=`, default the header's). */
export function GET(request: NextRequest): Promise<Response> {
  return resourceRead(request, (where) => listPlacementGroups(where));
}
