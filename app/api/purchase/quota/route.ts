import type { NextRequest } from "next/server";
import { describeZoneQuotas } from "@/server/queries/purchase";
import { purchaseRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** The instance quotas of every zone of `?region=` (DescribeAccountQuota). */
export async function GET(request: NextRequest): Promise<Response> {
  return purchaseRead(request, async (where) => ({ zones: await describeZoneQuotas(where) }));
}
