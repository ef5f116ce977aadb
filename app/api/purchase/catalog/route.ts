import type { NextRequest } from "next/server";
import { describePurchaseCatalog } from "@/server/queries/purchase-catalog";
import { purchaseRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** The region's family names, accelerator facts and network billing modes (viewer role, `?account=&region=`). */
export async function GET(request: NextRequest): Promise<Response> {
  return purchaseRead(request, (where) => describePurchaseCatalog(where));
}
