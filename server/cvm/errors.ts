// The one error type the console's CVM client throws. Tencent's own failures keep their code, message and
// RequestId (seed 7926–7944: Error.Code, Error.Message and RequestId come back on every failed call); failures
// that never reached Tencent get our own "Client*" codes so callers handle both the same way.

/** Codes for failures on our side of the wire; they never collide with Tencent's catalogue (no "Client" prefix). */
export const ClientErrorCode = {
  /** Connection refused/reset, DNS failure: the request may or may not have reached the server. */
  NetworkError: "ClientNetworkError",
  /** No complete response within timeoutMs. */
  Timeout: "ClientTimeout",
  /** The caller's AbortSignal fired. */
  Aborted: "ClientAborted",
  /** The circuit breaker for this endpoint and region is open: failing fast without a request. */
  CircuitOpen: "ClientCircuitOpen",
  /** Our own per-action rate limiter would have to queue the call for too long. */
  RateLimited: "ClientRateLimited",
  /** A non-200 HTTP status without a Tencent error envelope (a proxy or load balancer answered). */
  HttpError: "ClientHttpError",
  /** A 200 whose body is not a `{"Response": …}` JSON envelope. */
  InvalidResponse: "ClientInvalidResponse",
} as const;

export class CloudApiError extends Error {
  readonly code: string;
  readonly requestId: string | undefined;
  readonly action: string | undefined;
  /** HTTP status when one was received (diagnostics only). */
  readonly httpStatus: number | undefined;

  constructor(init: {
    code: string;
    message: string;
    requestId?: string;
    action?: string;
    httpStatus?: number;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "CloudApiError";
    this.code = init.code;
    this.requestId = init.requestId;
    this.action = init.action;
    this.httpStatus = init.httpStatus;
  }
}

/**
 * Recognised by shape as well as by class: clients are shared through globalThis (for-account.ts), so in
 * `next dev` an error can come from another bundle's copy of this class, and `instanceof` alone would miss it.
 */
export function isCloudApiError(err: unknown): err is CloudApiError {
  return (
    err instanceof CloudApiError ||
    (err instanceof Error && err.name === "CloudApiError" && typeof (err as { code?: unknown }).code === "string")
  );
}

/**
 * Transient: the service (or the path to it) is unhealthy, not the request. These count towards the circuit
 * breaker. seed 39564 InternalError (内部错误), 39711 InternalError.TradeUnknownError, 39620 ServiceUnavailable.
 */
export function isTransient(code: string): boolean {
  return (
    code === "InternalError" ||
    code.startsWith("InternalError.") ||
    code === "ServiceUnavailable" ||
    code === ClientErrorCode.NetworkError ||
    code === ClientErrorCode.Timeout ||
    code === ClientErrorCode.HttpError
  );
}

/** seed 39600–39606: RequestLimitExceeded and its .IPLimitExceeded/.UinLimitExceeded/… subcodes. */
export function isThrottled(code: string): boolean {
  return code === "RequestLimitExceeded" || code.startsWith("RequestLimitExceeded.");
}

/** Worth another attempt after a pause (only for calls that are safe to repeat: the client decides that). */
export function isRetryable(code: string): boolean {
  return isThrottled(code) || isTransient(code);
}
