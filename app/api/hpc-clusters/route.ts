import type { NextRequest } from "next/server";
import { listHpcClusters } from "@/server/queries/hpc";
import { scopedRead } from "@/app/api/_lib/scoped-read";

export const dynamic = "force-dynamic";

/** The region's HPC clusters (`?region=`, default the header's). */
export function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, (where) => listHpcClusters(where));
}
