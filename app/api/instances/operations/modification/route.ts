import type { NextRequest } from "next/server";
import { describeTypeChoices } from "@/server/queries/instance-operations";
import { idParam, operationRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** DescribeInstancesModification for `?id=`: the types this instance can change to. */
export async function GET(request: NextRequest): Promise<Response> {
  return operationRead(request, async ({ params, ...where }) => ({ choices: await describeTypeChoices(where, idParam(params)) }));
}
