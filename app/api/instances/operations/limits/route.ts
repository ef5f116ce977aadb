import type { NextRequest } from "next/server";
import { describeOperationLimits } from "@/server/queries/instance-operations";
import { BadRequest, idsParam, operationRead } from "../_lib/read";

export const dynamic = "force-dynamic";

const OPERATIONS = ["INSTANCE_DEGRADE", "INTERNET_CHARGE_TYPE_CHANGE"] as const;

/** DescribeInstancesOperationLimit for `?ids=` (≤ 100) and `?operation=` (seed 11593). */
export async function GET(request: NextRequest): Promise<Response> {
  return operationRead(request, async ({ params, ...where }) => {
    const operation = params.get("operation") ?? "INSTANCE_DEGRADE";
    if (!(OPERATIONS as readonly string[]).includes(operation)) throw new BadRequest();
    return describeOperationLimits(where, idsParam(params), operation as (typeof OPERATIONS)[number]);
  });
}
