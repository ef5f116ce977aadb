import { getConsoleContext } from "@/server/context";
import { getI18n } from "@/lib/i18n/server";
import { describeRegions } from "@/server/queries/regions";
import { errorJson, errorResponse, okJson } from "../_lib/error-response";

export const dynamic = "force-dynamic";

/** The active account's regions, named in the UI language. */
export async function GET(): Promise<Response> {
  try {
    const { account, locale } = await getConsoleContext(); // requireRole("viewer") inside
    if (!account) return errorJson(409, { code: "NoCloudAccount", message: (await getI18n()).t("api.noAccount") });
    const RegionSet = await describeRegions(account.id, locale);
    return okJson({ RegionSet, TotalCount: RegionSet.length });
  } catch (err) {
    return errorResponse(err);
  }
}
