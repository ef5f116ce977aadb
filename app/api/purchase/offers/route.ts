import type { NextRequest } from "next/server";
import { describeTypeOffers } from "@/server/queries/purchase";
import { CHARGE_TYPES } from "@/lib/purchase/constants";
import { BadRequest, purchaseRead, ZONE_RE } from "../_lib/read";

export const dynamic = "force-dynamic";

/** The instance types a zone sells for a charge type, with stock and catalogue price: `?zone=&charge=`. */
export async function GET(request: NextRequest): Promise<Response> {
  return purchaseRead(request, async (where, params) => {
    const zone = params.get("zone") ?? "";
    const charge = params.get("charge") ?? "";
    if (!ZONE_RE.test(zone) || !(CHARGE_TYPES as readonly string[]).includes(charge)) throw new BadRequest();
    return { zone, chargeType: charge, TypeSet: await describeTypeOffers(where, zone, charge) };
  });
}
