import type { NextRequest } from "next/server";
import { inquireRunPrice } from "@/server/queries/purchase";
import { parseInquiryRequest } from "@/lib/purchase/inquiry-schema";
import { BadRequest, purchaseRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** InquiryPriceRunInstances for `?q=<request JSON>` (only the fields the wizard prices; see inquiry-schema.ts). */
export async function GET(request: NextRequest): Promise<Response> {
  return purchaseRead(request, async (where, params) => {
    const inquiry = parseInquiryRequest(params.get("q"));
    if (!inquiry) throw new BadRequest();
    return inquireRunPrice(where, inquiry);
  });
}
