import "server-only";
import type { NextRequest } from "next/server";
import { getConsoleContext } from "@/server/context";
import { getI18n } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";
import { isRegionId } from "@/lib/region";
import { errorJson, errorResponse, okJson } from "../../_lib/error-response";

/** A parameter the route cannot use: answered 400 (the UI never builds such a request). */
export class BadRequest extends Error {}

export interface ReadScope {
  accountId: string;
  region: string;
  language: Locale;
}

/**
 * The shape of every read of the Images and Hosts pages: viewer role (inside getConsoleContext), `?region=`
 * (default: the header's), the session's current account, errors through errorResponse (Tencent code and RequestId
 * kept, anything else generic).
 */
export async function scopedRead(request: NextRequest, read: (scope: ReadScope, params: URLSearchParams) => Promise<unknown>): Promise<Response> {
  try {
    const { account, locale, region: current } = await getConsoleContext(); // requireRole("viewer") inside
    const params = request.nextUrl.searchParams;
    const region = params.get("region") ?? current;
    const { t } = await getI18n();
    if (!isRegionId(region)) return errorJson(400, { code: "InvalidParameterValue", message: t("api.badRegion") });
    if (!account) return errorJson(409, { code: "NoCloudAccount", message: t("api.noAccount") });
    return okJson(await read({ accountId: account.id, region, language: locale }, params));
  } catch (err) {
    if (err instanceof BadRequest) return errorJson(400, { code: "InvalidParameterValue", message: (await getI18n()).t("images.api.badRequest") });
    return errorResponse(err);
  }
}

export const IMAGE_ID = /^img-[a-z0-9]{8}$/;
