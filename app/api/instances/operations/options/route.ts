import type { NextRequest } from "next/server";
import { describeOptions } from "@/server/queries/instance-operations";
import { OPTION_KINDS, type OptionKind } from "@/lib/instances/operations/keys";
import { BadRequest, operationRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** Picker choices: `?kind=images|keyPairs|placementGroups`. */
export async function GET(request: NextRequest): Promise<Response> {
  return operationRead(request, async ({ params, ...where }) => {
    const kind = params.get("kind") ?? "";
    if (!(OPTION_KINDS as readonly string[]).includes(kind)) throw new BadRequest();
    return { items: await describeOptions(where, kind as OptionKind) };
  });
}
