import type { NextRequest } from "next/server";
import { describeImageQuota } from "@/server/queries/images";
import { scopedRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** Custom images used of the region's quota (DescribeImageQuota). */
export async function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, ({ accountId, region }) => describeImageQuota(accountId, region));
}
