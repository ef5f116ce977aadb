import type { NextRequest } from "next/server";
import { describeImageFromFamily } from "@/server/queries/images";
import { FAMILY } from "@/lib/images/schemas";
import { BadRequest, scopedRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** The image a family resolves to now (`?family=`; DescribeImageFromFamily). */
export async function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, async ({ accountId, region }, params) => {
    const family = params.get("family") ?? "";
    if (!FAMILY.test(family)) throw new BadRequest();
    return { Image: await describeImageFromFamily(accountId, region, family) };
  });
}
