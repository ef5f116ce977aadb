import type { NextRequest } from "next/server";
import { describeQuotas } from "@/server/queries/quotas";
import { scopedRead } from "@/app/api/_lib/scoped-read";

export const dynamic = "force-dynamic";

/** One region's quotas as used-of-total figures (`?region=`, default the header's). */
export function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, (where) => describeQuotas(where));
}
