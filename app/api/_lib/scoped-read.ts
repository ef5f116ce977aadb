import "server-only";
import type { NextRequest } from "next/server";
import { getConsoleContext } from "@/server/context";
import type { Where } from "@/server/queries/resource-scope";

export type { Where as ReadScope };
import { getI18n } from "@/lib/i18n/server";
import { isRegionId } from "@/lib/region";
import { errorJson, errorResponse, okJson } from "./error-response";

/** A parameter the route cannot use: answered 400 (the UI never builds such a request). */
export class BadRequest extends Error {}

/**
 * The frame of the console's GET reads (images, hosts, purchase, key pairs, placement groups, launch templates, HPC,
 * maintenance, quotas, overview): viewer role (inside getConsoleContext), `?region=` (default: the header's), and
 * `?account=`, when given, must still be the session's account (the query key names it; after a switch in another
 * tab an old key must not receive the new account's data). Errors go through errorResponse (Tencent code and
 * RequestId kept, anything else generic).
 */
export async function scopedRead(request: NextRequest, read: (where: Where, params: URLSearchParams) => Promise<unknown>): Promise<Response> {
  try {
    const { account, locale, region: current } = await getConsoleContext(); // requireRole("viewer") inside
    const params = request.nextUrl.searchParams;
    const region = params.get("region") ?? current;
    const { t } = await getI18n();
    if (!isRegionId(region)) return errorJson(400, { code: "InvalidParameterValue", message: t("api.badRegion") });
    if (!account) return errorJson(409, { code: "NoCloudAccount", message: t("api.noAccount") });
    const asked = params.get("account");
    if (asked && asked !== account.id) return errorJson(409, { code: "AccountChanged", message: t("api.accountChanged") });
    return okJson(await read({ accountId: account.id, region, language: locale }, params));
  } catch (err) {
    if (err instanceof BadRequest) return errorJson(400, { code: "InvalidParameterValue", message: (await getI18n()).t("api.badRequest") });
    return errorResponse(err);
  }
}
