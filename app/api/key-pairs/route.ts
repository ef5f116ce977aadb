import type { NextRequest } from "next/server";
import { listKeyPairs } from "@/server/queries/key-pairs";
import { resourceRead } from "../_lib/resource-read";

export const dynamic = "force-dynamic";

/** The region's key pairs (`?region=`, default the header's). Never a private key. */
export function GET(request: NextRequest): Promise<Response> {
  return resourceRead(request, (where) => listKeyPairs(where));
}
