import type { NextRequest } from "next/server";
import { describeInstanceDisks } from "@/server/queries/instance-operations";
import { idParam, operationRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** `?id=`'s system and data disks with their DiskIds (for resizing and converting them). */
export async function GET(request: NextRequest): Promise<Response> {
  return operationRead(request, async ({ params, ...where }) => ({ disks: await describeInstanceDisks(where, idParam(params)) }));
}
