import type { NextRequest } from "next/server";
import { inquirePrice } from "@/server/queries/instance-operations";
import { PriceInquiry } from "@/lib/instances/operations/schemas";
import { BadRequest, operationRead } from "../_lib/read";

export const dynamic = "force-dynamic";

/**
 * The price of a change before it runs: `?q=` is a JSON PriceInquiry (kind + the write's parameters, ≤ 100
 * instances: one Inquiry* call). A read, so viewers may ask too; nothing is bought.
 */
export async function GET(request: NextRequest): Promise<Response> {
  return operationRead(request, async ({ params, ...where }) => {
    let raw: unknown;
    try {
      raw = JSON.parse(params.get("q") ?? "");
    } catch {
      throw new BadRequest();
    }
    const parsed = PriceInquiry.safeParse(raw);
    if (!parsed.success) throw new BadRequest();
    return inquirePrice(where, parsed.data);
  });
}
