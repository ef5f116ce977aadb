import type { NextRequest } from "next/server";
import { listLaunchTemplates } from "@/server/queries/launch-templates";
import { scopedRead } from "@/app/api/_lib/scoped-read";

export const dynamic = "force-dynamic";

/** The region's launch templates (`?region=`, default the header's). */
export function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, (where) => listLaunchTemplates(where));
}
