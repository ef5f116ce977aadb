import type { NextRequest } from "next/server";
import { describeSyncCopies } from "@/server/queries/images";
import { isRegionId } from "@/lib/region";
import { BadRequest, IMAGE_ID, scopedRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** SyncImages reports where its copies are; the most one progress panel polls. */
const MAX_COPIES = 40;

/** Progress of image copies: `?copies=ap-shanghai:img-…,ap-beijing:img-…` (each looked up in its own region). */
export async function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, async ({ accountId }, params) => {
    const copies = (params.get("copies") ?? "")
      .split(",")
      .filter(Boolean)
      .map((pair) => {
        const [Region, ImageId] = pair.split(":");
        if (!isRegionId(Region) || !IMAGE_ID.test(ImageId ?? "")) throw new BadRequest();
        return { Region, ImageId };
      });
    if (copies.length === 0 || copies.length > MAX_COPIES) throw new BadRequest();
    return { Copies: await describeSyncCopies(accountId, copies) };
  });
}
