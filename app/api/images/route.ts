import type { NextRequest } from "next/server";
import { listImages } from "@/server/queries/images";
import { TAB_IMAGE_TYPE } from "@/lib/images/types";
import { BadRequest, scopedRead } from "./_lib/read";

export const dynamic = "force-dynamic";

/** The images of one tab: `?tab=private|public|shared` (the marketplace has no list in the CVM API). */
export async function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, async ({ accountId, region }, params) => {
    const tab = params.get("tab") ?? "private";
    if (!Object.hasOwn(TAB_IMAGE_TYPE, tab)) throw new BadRequest();
    return listImages(accountId, region, TAB_IMAGE_TYPE[tab as keyof typeof TAB_IMAGE_TYPE]);
  });
}
