import type { NextRequest } from "next/server";
import { describeOverview } from "@/server/queries/overview";
import { scopedRead } from "@/app/api/_lib/scoped-read";

export const dynamic = "force-dynamic";

/** The dashboard across every region of the session's account; `?fresh=1` skips the 30-second cache. */
export function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, (where, params) => describeOverview(where.accountId, where.language, { fresh: params.get("fresh") === "1" }));
}
