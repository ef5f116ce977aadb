import type { NextRequest } from "next/server";
import { pricingRegions, streamPricingMatrix } from "@/server/queries/pricing";
import { readSpec } from "@/lib/pricing/spec";
import type { MatrixEvent } from "@/lib/pricing/types";
import { errorJson, errorResponse } from "../../_lib/error-response";
import { pricingScope } from "../_lib/scope";

export const dynamic = "force-dynamic";

/**
 * The pricing matrix of a spec (the page's URL parameters, see lib/pricing/spec.ts) as NDJSON, one MatrixEvent per
 * line, streamed while the server fans out the price inquiries: the page shows rows at once and fills in exact
 * prices with a progress bar. `fresh=1` (the Refresh button) asks the cloud again instead of the brief cache. Refusals (auth, bad spec, no regions) come first as ordinary JSON errors.
 */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const scope = await pricingScope(request);
    if (scope instanceof Response) return scope;
    const { where, params, t } = scope;
    const spec = readSpec(params, true);
    if (!spec) return errorJson(400, { code: "InvalidParameterValue", message: t("pricing.api.badSpec") });
    const regions = await pricingRegions(where, spec.scope);

    const abort = new AbortController();
    request.signal.addEventListener("abort", () => abort.abort(), { once: true });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        let open = true;
        const emit = (event: MatrixEvent) => {
          if (open && !abort.signal.aborted) controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        };
        const close = () => {
          if (!open) return;
          open = false;
          try {
            controller.close();
          } catch {
            // The browser cancelled the stream: already closed.
          }
        };
        // Every per-region and per-cell failure is already an event; this only ends the stream.
        streamPricingMatrix(where, regions, spec, emit, abort.signal, t, { fresh: params.get("fresh") === "1" }).then(close, close);
      },
      cancel() {
        abort.abort();
      },
    });
    return new Response(body, {
      headers: {
        "content-type": "application/x-ndjson; charset=utf-8",
        // Not buffered or compressed on the way (STACK gotcha 8), never cached.
        "cache-control": "no-store, no-transform",
        "x-accel-buffering": "no",
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
