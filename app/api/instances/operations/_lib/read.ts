import "server-only";
import type { NextRequest } from "next/server";
import { getConsoleContext } from "@/server/context";
import { getI18n } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";
import { isRegionId } from "@/lib/region";
import { InstanceId } from "@/lib/instances/operations/schemas";
import { errorJson, errorResponse, okJson } from "../../../_lib/error-response";

export type ReadScope = { accountId: string; region: string; language: Locale; params: URLSearchParams };

/** A 400 with a message the user can act on. */
export class BadRequest extends Error {}

/**
 * The shared frame of the operation dialogs' GET reads: viewer role (inside getConsoleContext), `?account=`
 * (default: the header's) and `?region=` (default: the header's), errors through errorResponse.
 */
export async function operationRead(request: NextRequest, read: (scope: ReadScope) => Promise<unknown>): Promise<Response> {
  try {
    const ctx = await getConsoleContext(); // requireRole("viewer") inside
    const { t } = await getI18n();
    const params = request.nextUrl.searchParams;
    const region = params.get("region") ?? ctx.region;
    if (!isRegionId(region)) return errorJson(400, { code: "InvalidParameterValue", message: t("api.badRegion") });
    const wanted = params.get("account");
    const account = wanted ? ctx.accounts.find((a) => a.id === wanted) : ctx.account;
    if (!account) return errorJson(wanted ? 404 : 409, { code: "NoCloudAccount", message: t("api.noAccount") });
    return okJson(await read({ accountId: account.id, region, language: ctx.locale, params }));
  } catch (err) {
    if (err instanceof BadRequest) return errorJson(400, { code: "InvalidParameterValue", message: (await getI18n()).t("ops.api.badParams") });
    return errorResponse(err);
  }
}

/** `?ids=a,b` (1 to `max` well-formed instance ids) or BadRequest. */
export function idsParam(params: URLSearchParams, max = 100): string[] {
  const ids = [...new Set((params.get("ids") ?? "").split(",").filter(Boolean))];
  if (ids.length === 0 || ids.length > max || !ids.every((id) => InstanceId.safeParse(id).success)) throw new BadRequest();
  return ids;
}

/** `?id=ins-…` or BadRequest. */
export function idParam(params: URLSearchParams): string {
  const parsed = InstanceId.safeParse(params.get("id") ?? "");
  if (!parsed.success) throw new BadRequest();
  return parsed.data;
}
