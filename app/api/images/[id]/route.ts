import type { NextRequest } from "next/server";
import { describeImage } from "@/server/queries/images";
import { BadRequest, IMAGE_ID, scopedRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** One image by id (`{ Image: null }` when the region has none): the marketplace lookup. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return scopedRead(request, async ({ accountId, region }) => {
    if (!IMAGE_ID.test(id)) throw new BadRequest();
    return { Image: await describeImage(accountId, region, id) };
  });
}
