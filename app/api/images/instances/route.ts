import type { NextRequest } from "next/server";
import { listSourceInstances } from "@/server/queries/images";
import { BadRequest, scopedRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** Instances to make an image from or to convert: `?q=` an instance id or part of a name. */
export async function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, async ({ accountId, region }, params) => {
    const q = params.get("q") ?? "";
    if (q.length > 128) throw new BadRequest();
    return { InstanceSet: await listSourceInstances(accountId, region, q) };
  });
}
