import type { NextRequest } from "next/server";
import { getConsoleContext } from "@/server/context";
import { getI18n } from "@/lib/i18n/server";
import { isRegionId } from "@/lib/region";
import { MAX_STREAM_IDS, parseWatchParams } from "@/lib/status/types";
import { getStatusPoller } from "@/server/status/registry";
import { openStatusStream, type StreamSubscription } from "@/server/status/sse";
import { errorJson, errorResponse } from "../_lib/error-response";

export const dynamic = "force-dynamic";

/**
 * Server-Sent Events: live status of instances, `?region=&ids=` (comma-separated, `ins-` prefix optional) or,
 * for several regions over one connection, `?w=<region>:<ids>&w=…`; at most 1000 ids in all, of `?account=`
 * (default: the header's). Each region's shared poller does the upstream calls; this stream only subscribes.
 * `Last-Event-ID` (or `?since=`) resumes after a reconnect.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  let subs: StreamSubscription[];
  try {
    const ctx = await getConsoleContext(); // requireRole("viewer") inside
    const { t } = await getI18n();
    const wanted = params.get("account");
    const account = wanted ? ctx.accounts.find((a) => a.id === wanted) : ctx.account;
    if (!account) return errorJson(wanted ? 404 : 409, { code: "NoCloudAccount", message: t("api.noAccount") });
    const watch = parseWatchParams(params.getAll("w"), params.get("region") ?? ctx.region, params.get("ids"));
    if (watch === "badIds") return errorJson(400, { code: "InvalidParameterValue", message: t("status.api.badIds", { max: MAX_STREAM_IDS }) });
    if ([...watch.keys()].some((r) => !isRegionId(r))) return errorJson(400, { code: "InvalidParameterValue", message: t("api.badRegion") });
    subs = [...watch].map(([region, ids]) => ({ region, ids, poller: getStatusPoller(account.id, region) }));
    if (subs.some((s) => s.poller.wouldExceed(s.ids))) return errorJson(429, { code: "TooManyWatched", message: t("status.api.tooMany") });
  } catch (err) {
    return errorResponse(err);
  }

  const stream = openStatusStream(subs, { lastEventId: request.headers.get("last-event-id") ?? params.get("since"), signal: request.signal });
  return new Response(stream, {
    headers: {
      // STACK.md gotcha 8: no-transform keeps Next from gzipping (and so buffering) the stream.
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
