import type { NextRequest } from "next/server";
import { describePricingShapes } from "@/server/queries/pricing";
import { errorResponse, okJson } from "../../_lib/error-response";
import { pricingScope } from "../_lib/scope";

export const dynamic = "force-dynamic";

/** The CPU / memory / GPU shapes `?region=` sells (DescribeZoneInstanceConfigInfos), for the pricing spec picker. */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const scope = await pricingScope(request);
    if (scope instanceof Response) return scope;
    return okJson({ ShapeSet: await describePricingShapes(scope.where) });
  } catch (err) {
    return errorResponse(err);
  }
}
