import type { NextRequest } from "next/server";
import { describeImageShares } from "@/server/queries/images";
import { BadRequest, IMAGE_ID, scopedRead } from "../../_lib/read";

export const dynamic = "force-dynamic";

/** The accounts an own image is shared with (DescribeImageSharePermission). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return scopedRead(request, async ({ accountId, region }) => {
    if (!IMAGE_ID.test(id)) throw new BadRequest();
    return { SharePermissionSet: await describeImageShares(accountId, region, id) };
  });
}
