import type { NextRequest } from "next/server";
import { listLaunchTemplates } from "@/server/queries/launch-templates";
import { resourceRead } from "../_lib/resource-read";

export const dynamic = "force-dynamic";

/** The region's launch templates (`?region=`, default the header's). */
export function GET(request: NextRequest): Promise<Response> {
  return resourceRead(request, (where) => listLaunchTemplates(where));
}
