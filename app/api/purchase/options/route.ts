import type { NextRequest } from "next/server";
import { describePurchaseOptions } from "@/server/queries/purchase";
import { OPTION_KINDS, type OptionKind } from "@/lib/purchase/types";
import { BadRequest, purchaseRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** Picker choices: `?kind=keyPairs|placementGroups|hosts`. */
export async function GET(request: NextRequest): Promise<Response> {
  return purchaseRead(request, async (where, params) => {
    const kind = params.get("kind") ?? "";
    if (!(OPTION_KINDS as readonly string[]).includes(kind)) throw new BadRequest();
    return describePurchaseOptions(where, kind as OptionKind);
  });
}
