import type { NextRequest } from "next/server";
import { listHpcClusters } from "@/server/queries/hpc";
import { resourceRead } from "../_lib/resource-read";

export const dynamic = "force-dynamic";

/** The region's HPC clusters (`?region=`, default the header's). */
export function GET(request: NextRequest): Promise<Response> {
  return resourceRead(request, (where) => listHpcClusters(where));
}
