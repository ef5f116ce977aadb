import "server-only";
import type { NextRequest } from "next/server";
import type { ConsoleContext } from "@/server/context";
import { getI18n } from "@/lib/i18n/server";
import { readListParams, type ListParams } from "@/lib/instances/list-params";
import { parseSearch, type Filter } from "@/lib/instances/search-syntax";
import { isRegionId } from "@/lib/region";
import { errorJson } from "../../_lib/error-response";

export type ListRequest = { accountId: string; region: string; params: ListParams; filters: Filter[] };

/**
 * What the list and export routes share: `?region=` (default: the header's region), the list params, and the
 * search parsed into Filters. Answers with the error Response instead when any of it is unusable.
 */
export async function readListRequest(request: NextRequest, ctx: ConsoleContext): Promise<ListRequest | Response> {
  const search = request.nextUrl.searchParams;
  const region = search.get("region") ?? ctx.region;
  const { t } = await getI18n();
  if (!isRegionId(region)) return errorJson(400, { code: "InvalidParameterValue", message: t("api.badRegion") });
  if (!ctx.account) return errorJson(409, { code: "NoCloudAccount", message: t("api.noAccount") });
  const params = readListParams(search);
  const parsed = parseSearch(params.q);
  if (parsed.errors.length) {
    return errorJson(400, { code: "InvalidFilter", message: t("instances.search.invalid", { count: parsed.errors.length }) });
  }
  return { accountId: ctx.account.id, region, params, filters: parsed.filters };
}
