import type { NextRequest } from "next/server";
import { describeActionTimers } from "@/server/queries/instance-operations";
import { idsParam, operationRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** DescribeInstancesActionTimer for `?ids=` (≤ 100): scheduled terminations. */
export async function GET(request: NextRequest): Promise<Response> {
  return operationRead(request, async ({ params, ...where }) => ({ timers: await describeActionTimers(where, idsParam(params)) }));
}
