import type { NextRequest } from "next/server";
import { quoteHostRenewal } from "@/server/queries/hosts";
import { HOST_PERIODS } from "@/lib/hosts/schemas";
import { BadRequest, HOST_ID, scopedRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/** What renewing `?ids=host-…,host-…` for `?period=` months costs (InquiryPriceRenewHosts; ≤ 100 hosts, seed 21952). */
export async function GET(request: NextRequest): Promise<Response> {
  return scopedRead(request, async ({ accountId, region }, params) => {
    const ids = (params.get("ids") ?? "").split(",").filter(Boolean);
    const period = Number(params.get("period"));
    if (ids.length === 0 || ids.length > 100 || !ids.every((id) => HOST_ID.test(id))) throw new BadRequest();
    if (!(HOST_PERIODS as readonly number[]).includes(period)) throw new BadRequest();
    return quoteHostRenewal(accountId, region, ids, period);
  });
}
