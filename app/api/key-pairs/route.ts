import type { NextRequest } from "next/server";
import { listKeyPairs } from "@/server/queries/key-pairs";
import { scopedRead } from "@/app/api/_lib/scoped-read";

export const dynamic = "force-dynamic";

/** The region's key pairs (`?region=`, default the header's). Never a private key. */
export function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, (where) => listKeyPairs(where));
}
