import { CloudApiError, ClientErrorCode } from "./errors";
import type { HttpReply } from "./http-post";

interface Envelope {
  Response?: { RequestId?: string; Error?: { Code?: string; Message?: string } } & Record<string, unknown>;
}

/**
 * Reads the API 3.0 reply envelope (seed 7895–7944): `{"Response": {..., "RequestId"}}` on success,
 * `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}` on failure — both with HTTP 200. Anything else
 * came from something other than the API (a proxy, a wrong endpoint) and gets a Client* code.
 */
export function readEnvelope(reply: HttpReply, action: string): Record<string, unknown> & { RequestId: string } {
  let parsed: Envelope | undefined;
  try {
    parsed = JSON.parse(reply.body) as Envelope;
  } catch {
    parsed = undefined;
  }
  const response = parsed && typeof parsed === "object" ? parsed.Response : undefined;
  const error = response?.Error;
  if (response && error && typeof error === "object") {
    throw new CloudApiError({
      code: String(error.Code ?? "InternalError"),
      message: String(error.Message ?? ""),
      requestId: typeof response.RequestId === "string" ? response.RequestId : undefined,
      action,
      httpStatus: reply.status,
    });
  }
  if (reply.status !== 200) {
    // 5xx/429 from a gateway are worth retrying; other statuses mean a misconfigured endpoint.
    const transient = reply.status >= 500 || reply.status === 429;
    throw new CloudApiError({
      code: transient ? ClientErrorCode.HttpError : ClientErrorCode.InvalidResponse,
      message: `The cloud API answered HTTP ${reply.status}.`,
      action,
      httpStatus: reply.status,
    });
  }
  if (!response || typeof response !== "object" || typeof response.RequestId !== "string") {
    throw new CloudApiError({
      code: ClientErrorCode.InvalidResponse,
      message: "The cloud API's answer was not a valid response envelope.",
      action,
      httpStatus: reply.status,
    });
  }
  return response as Record<string, unknown> & { RequestId: string };
}
