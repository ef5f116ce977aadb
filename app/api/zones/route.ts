import type { NextRequest } from "next/server";
import { getConsoleContext } from "@/server/context";
import { getI18n } from "@/lib/i18n/server";
import { describeZones } from "@/server/queries/regions";
import { isRegionId } from "@/lib/region";
import { errorJson, errorResponse, okJson } from "../_lib/error-response";

export const dynamic = "force-dynamic";

/** The zones of `?region=` (default: the region chosen in the header), named in the UI language. */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const { account, locale, region: current } = await getConsoleContext(); // requireRole("viewer") inside
    const region = request.nextUrl.searchParams.get("region") ?? current;
    if (!isRegionId(region)) {
      return errorJson(400, { code: "InvalidParameterValue", message: (await getI18n()).t("api.badRegion") });
    }
    if (!account) return errorJson(409, { code: "NoCloudAccount", message: (await getI18n()).t("api.noAccount") });
    const ZoneSet = await describeZones(account.id, region, locale);
    return okJson({ ZoneSet, TotalCount: ZoneSet.length });
  } catch (err) {
    return errorResponse(err);
  }
}
