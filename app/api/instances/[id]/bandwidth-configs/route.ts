import type { NextRequest } from "next/server";
import { getConsoleContext } from "@/server/context";
import { describeBandwidthHistory } from "@/server/queries/instance-attributes";
import { getI18n } from "@/lib/i18n/server";
import { INSTANCE_ID } from "@/lib/instances/list-result";
import { isRegionId } from "@/lib/region";
import { errorJson, errorResponse, okJson } from "../../../_lib/error-response";

export const dynamic = "force-dynamic";

/** The public bandwidth windows of a BANDWIDTH_PREPAID instance (DescribeInstanceInternetBandwidthConfigs), `?region=`. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const ctx = await getConsoleContext(); // requireRole("viewer") inside
    const { id } = await params;
    const region = request.nextUrl.searchParams.get("region") ?? ctx.region;
    const { t } = await getI18n();
    if (!isRegionId(region)) return errorJson(400, { code: "InvalidParameterValue", message: t("api.badRegion") });
    if (!INSTANCE_ID.test(id)) return errorJson(400, { code: "InvalidInstanceId.Malformed", message: t("instances.detail.badId") });
    if (!ctx.account) return errorJson(409, { code: "NoCloudAccount", message: t("api.noAccount") });
    return okJson(await describeBandwidthHistory(ctx.account.id, region, id, ctx.locale));
  } catch (err) {
    return errorResponse(err);
  }
}
