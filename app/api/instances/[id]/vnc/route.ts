import type { NextRequest } from "next/server";
import { requireRole } from "@/server/auth/session";
import { getConsoleContext } from "@/server/context";
import { recordAudit } from "@/server/audit/log";
import { describeInstanceVncUrl } from "@/server/queries/instances";
import { getI18n } from "@/lib/i18n/server";
import { INSTANCE_ID } from "@/lib/instances/list-result";
import { isRegionId } from "@/lib/region";
import { errorJson, errorResponse, okJson } from "../../../_lib/error-response";

export const dynamic = "force-dynamic";

/** Tencent's web VNC page; it takes the one-time websocket address from DescribeInstanceVncUrl (seed 11743). */
const VNC_PAGE = "https://img.qcloud.com/qcloud/app/active_vnc/index.html";

/**
 * A one-time VNC address for an instance. Operators and admins only: it opens a console on the machine. Asked for
 * on click (it expires in 15 seconds), never cached, and recorded in the audit log like an operation.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const user = await requireRole("operator");
    const ctx = await getConsoleContext();
    const { id } = await params;
    const region = request.nextUrl.searchParams.get("region") ?? ctx.region;
    const { t } = await getI18n();
    if (!isRegionId(region)) return errorJson(400, { code: "InvalidParameterValue", message: t("api.badRegion") });
    if (!INSTANCE_ID.test(id)) return errorJson(400, { code: "InvalidInstanceId.Malformed", message: t("instances.detail.badId") });
    if (!ctx.account) return errorJson(409, { code: "NoCloudAccount", message: t("api.noAccount") });
    const accountId = ctx.account.id;
    const audit = (result: "ok" | "error", extra: Record<string, unknown>) =>
      recordAudit({ userId: user.id, action: "instance.vnc", target: id, detail: { region, accountId, ...extra }, result }).catch(
        (auditErr: unknown) => console.error("[audit] could not record instance.vnc", auditErr),
      );
    try {
      const InstanceVncUrl = await describeInstanceVncUrl(accountId, region, id);
      await audit("ok", {});
      return okJson({ InstanceVncUrl, url: `${VNC_PAGE}?InstanceVncUrl=${encodeURIComponent(InstanceVncUrl)}` });
    } catch (err) {
      const { code, requestId } = (err ?? {}) as { code?: unknown; requestId?: unknown };
      await audit("error", { ...(typeof code === "string" ? { errorCode: code } : {}), ...(typeof requestId === "string" ? { requestId } : {}) });
      throw err;
    }
  } catch (err) {
    return errorResponse(err);
  }
}
