import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { getActionHandler } from "../actions";
import { recordCall } from "../admin/stats";
import type { ActionContext } from "../actions/types";
import { API_VERSION, getActionSpec, type ActionSpec } from "../catalog/action-specs";
import { isKnownRegion } from "../catalog/regions";
import type { EmulatorRuntime } from "../runtime";
import { authenticate } from "./authenticate";
import { errorEnvelope, sendJson, successEnvelope } from "./envelope";
import { ApiError, missingParameter, type Language } from "./errors";
import { parseCall } from "./parse-call";
import { validateParams } from "./validate-params";
import { headerValue, readWireRequest, type WireRequest } from "./wire-request";

/** Where the pipeline got to, so an error can still be answered in the caller's language. */
interface Progress {
  language?: Language;
  /** A dropResponseAfterCommit fault fired: the call committed; destroy the connection instead of answering. */
  dropResponse?: boolean;
}

/** Serves one API request on "/": always HTTP 200 with the documented envelope (seed 7894–7952). */
export async function handleApiRequest(req: IncomingMessage, res: ServerResponse, rt: EmulatorRuntime): Promise<void> {
  const requestId = randomUUID();
  const progress: Progress = {};
  const traceId = headerValue(req.headers, "x-tc-traceid");
  const headers: Record<string, string> = traceId ? { "X-TC-TraceId": traceId } : {};
  let body: unknown;
  try {
    const wire = await readWireRequest(req);
    body = successEnvelope(await dispatch(wire, rt, requestId, progress), requestId);
    if (progress.dropResponse) {
      res.destroy();
      return;
    }
  } catch (error) {
    const apiError = error instanceof ApiError ? error : new ApiError("InternalError");
    if (!(error instanceof ApiError)) console.error(`[emulator] InternalError ${requestId}:`, error);
    body = errorEnvelope(apiError.code, apiError.messageFor(progress.language), requestId);
  }
  sendJson(res, 200, body, headers);
}

/**
 * The pipeline for one call: common params → identity → action → version → region → rate limit →
 * injected faults → the action's params → its handler.
 */
export async function dispatch(wire: WireRequest, rt: EmulatorRuntime, requestId: string, progress: Progress = {}): Promise<Record<string, unknown>> {
  const call = parseCall(wire);
  recordCall(rt, call.action);
  progress.language = call.language;
  const account = authenticate(wire, call, rt.accounts, rt.clock);

  const spec = getActionSpec(call.action);
  if (!spec) throw new ApiError("InvalidAction", { en: `The action \`${call.action}\` does not exist.`, zh: `接口 \`${call.action}\` 不存在。` });
  if (call.version !== API_VERSION) {
    throw new ApiError("NoSuchVersion", { en: `The API version \`${call.version}\` does not exist; use ${API_VERSION}.` });
  }
  const region = checkRegion(spec, call.region);

  // Limit per action + region + SecretId, at the action's documented rate (seed 3990–4332).
  if (!rt.limiter.tryAcquire(`${call.action}\u0000${region ?? ""}\u0000${account.secretId}`, spec.rateLimitPerSecond)) {
    throw new ApiError("RequestLimitExceeded", { en: `Requests to ${call.action} exceeded ${spec.rateLimitPerSecond} per second.` });
  }

  const fault = rt.faults.match(call.action);
  if (fault) {
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    if (fault.errorCode && rt.random() < fault.probability) throw new ApiError(fault.errorCode);
  }

  const params = validateParams(spec.input, call.params, call.fromForm);
  const handler = getActionHandler(call.action);
  if (!handler) throw new ApiError("UnsupportedOperation", { en: `The emulator does not implement ${call.action} yet.` });

  const ctx: ActionContext = {
    action: call.action,
    requestId,
    account,
    region,
    language: call.language,
    store: rt.store,
    clock: rt.clock,
    scope: { account: account.ownerUin, region: region ?? "" },
    faults: rt.faults.callFaults(call.action),
    accounts: rt.accounts,
  };
  const result = { ...(await handler(params, ctx)) };
  if (rt.faults.fires(call.action, "dropResponseAfterCommit")) progress.dropResponse = true;
  return result;
}

function checkRegion(spec: ActionSpec, region: string | undefined): string | undefined {
  // seed 4475: some actions take no Region; if one is sent anyway it has no effect.
  if (spec.region === "none") return undefined;
  if (region === undefined) {
    if (spec.region === "required") throw missingParameter("Region");
    return undefined;
  }
  // seed 4685: Region takes a value from the product's region table.
  if (!isKnownRegion(region)) throw new ApiError("UnsupportedRegion", { en: `The region \`${region}\` is not supported.` });
  return region;
}
