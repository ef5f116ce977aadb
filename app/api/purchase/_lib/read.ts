import "server-only";
import type { NextRequest } from "next/server";
import { getConsoleContext } from "@/server/context";
import type { Where } from "@/server/queries/purchase";
import { getI18n } from "@/lib/i18n/server";
import { isRegionId } from "@/lib/region";
import { errorJson, errorResponse, okJson } from "../../_lib/error-response";

/** A parameter the route cannot use: answered 400 with a generic message (the UI never builds such a request). */
export class BadRequest extends Error {}

/**
 * The shape of every purchase read: viewer role (inside getConsoleContext), `?region=` (default: the header's),
 * `?account=` when given must be the session's current account (the query key names it; after a switch in another
 * tab an old key must not receive the new account's data).
 */
export async function purchaseRead(request: NextRequest, read: (where: Where, params: URLSearchParams) => Promise<unknown>): Promise<Response> {
  try {
    const { account, locale, region: current } = await getConsoleContext(); // requireRole("viewer") inside
    const params = request.nextUrl.searchParams;
    const region = params.get("region") ?? current;
    const { t } = await getI18n();
    if (!isRegionId(region)) return errorJson(400, { code: "InvalidParameterValue", message: t("api.badRegion") });
    if (!account) return errorJson(409, { code: "NoCloudAccount", message: t("api.noAccount") });
    const asked = params.get("account");
    if (asked && asked !== account.id) return errorJson(409, { code: "AccountChanged", message: t("purchase.api.accountChanged") });
    return okJson(await read({ accountId: account.id, region, language: locale }, params));
  } catch (err) {
    if (err instanceof BadRequest) return errorJson(400, { code: "InvalidParameterValue", message: (await getI18n()).t("purchase.api.badRequest") });
    return errorResponse(err);
  }
}

export const ZONE_RE = /^[a-z]{2,}(-[a-z0-9]+){2,4}$/;
