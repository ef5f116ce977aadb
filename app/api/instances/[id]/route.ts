import type { NextRequest } from "next/server";
import { getConsoleContext } from "@/server/context";
import { describeInstance, listInstanceHistory } from "@/server/queries/instances";
import { getI18n } from "@/lib/i18n/server";
import { INSTANCE_ID, type InstanceDetail } from "@/lib/instances/list-result";
import { isRegionId } from "@/lib/region";
import { errorJson, errorResponse, okJson } from "../../_lib/error-response";

export const dynamic = "force-dynamic";

/** One instance (`?region=`, default the header's) with this console's operation history for it. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const ctx = await getConsoleContext(); // requireRole("viewer") inside
    const { id } = await params;
    const region = request.nextUrl.searchParams.get("region") ?? ctx.region;
    const { t } = await getI18n();
    if (!isRegionId(region)) return errorJson(400, { code: "InvalidParameterValue", message: t("api.badRegion") });
    if (!INSTANCE_ID.test(id)) return errorJson(400, { code: "InvalidInstanceId.Malformed", message: t("instances.detail.badId") });
    if (!ctx.account) return errorJson(409, { code: "NoCloudAccount", message: t("api.noAccount") });
    const [instance, history] = await Promise.all([describeInstance(ctx.account.id, region, id), listInstanceHistory(id)]);
    if (!instance) return errorJson(404, { code: "InvalidInstanceId.NotFound", message: t("instances.detail.notFound", { id, region }) });
    const body: InstanceDetail = { Instance: instance, history, asOf: new Date().toISOString() };
    return okJson(body);
  } catch (err) {
    return errorResponse(err);
  }
}
