import "server-only";
import type { NextRequest } from "next/server";
import { getConsoleContext } from "@/server/context";
import type { PricingWhere } from "@/server/queries/pricing";
import { getI18n } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { isRegionId } from "@/lib/region";
import { errorJson } from "../../_lib/error-response";

/**
 * Who asks and where, for the pricing routes: viewer role (inside getConsoleContext), `?region=` (default: the
 * header's), and `?account=`, when given, must still be the session's account (the query key names it; after a
 * switch in another tab an old key must not receive the new account's prices). A Response is the refusal.
 */
export async function pricingScope(request: NextRequest): Promise<{ where: PricingWhere; params: URLSearchParams; t: Translate } | Response> {
  const { account, locale, region: current } = await getConsoleContext(); // requireRole("viewer") inside
  const params = request.nextUrl.searchParams;
  const { t } = await getI18n();
  const region = params.get("region") ?? current;
  if (!isRegionId(region)) return errorJson(400, { code: "InvalidParameterValue", message: t("api.badRegion") });
  if (!account) return errorJson(409, { code: "NoCloudAccount", message: t("api.noAccount") });
  const asked = params.get("account");
  if (asked && asked !== account.id) return errorJson(409, { code: "AccountChanged", message: t("pricing.api.accountChanged") });
  return { where: { accountId: account.id, region, language: locale }, params, t };
}
