import type { NextRequest } from "next/server";
import { requireRole } from "@/server/auth/session";
import { getConsoleContext } from "@/server/context";
import { recordAudit } from "@/server/audit/log";
import { describeInstanceUserData } from "@/server/queries/instance-attributes";
import { getI18n } from "@/lib/i18n/server";
import { INSTANCE_ID } from "@/lib/instances/list-result";
import { isRegionId } from "@/lib/region";
import { errorJson, errorResponse, okJson } from "../../../_lib/error-response";

export const dynamic = "force-dynamic";

/**
 * The instance's user data (DescribeInstancesAttributes). Without `?reveal=1` any viewer learns whether there is
 * user data and its size, never the content. `?reveal=1` needs the operator role (user data may hold secrets), is
 * asked for on click, and is recorded in the audit log.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const reveal = request.nextUrl.searchParams.get("reveal") === "1";
    const user = await requireRole(reveal ? "operator" : "viewer");
    const ctx = await getConsoleContext();
    const { id } = await params;
    const region = request.nextUrl.searchParams.get("region") ?? ctx.region;
    const { t } = await getI18n();
    if (!isRegionId(region)) return errorJson(400, { code: "InvalidParameterValue", message: t("api.badRegion") });
    if (!INSTANCE_ID.test(id)) return errorJson(400, { code: "InvalidInstanceId.Malformed", message: t("instances.detail.badId") });
    if (!ctx.account) return errorJson(409, { code: "NoCloudAccount", message: t("api.noAccount") });
    const accountId = ctx.account.id;
    const answer = await describeInstanceUserData(accountId, region, id, reveal);
    if (!answer) return errorJson(404, { code: "InvalidInstanceId.NotFound", message: t("instances.detail.notFound", { id, region }) });
    if (reveal) {
      await recordAudit({ userId: user.id, action: "instance.userData.reveal", target: id, detail: { region, accountId, bytes: answer.bytes }, result: "ok" }).catch(
        (auditErr: unknown) => console.error("[audit] could not record instance.userData.reveal", auditErr),
      );
    }
    return okJson(answer);
  } catch (err) {
    return errorResponse(err);
  }
}
