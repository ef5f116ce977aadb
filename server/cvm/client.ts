import "server-only";
import type http from "node:http";
import { inspect } from "node:util";
import { CVM_API_VERSION, type CvmAction, type CvmRequest, type CvmResponse } from "./actions";
import { abortableSleep } from "./abortable-sleep";
import { backoffDelayMs, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./backoff";
import { CircuitBreaker, type BreakerOptions } from "./circuit-breaker";
import { readEnvelope } from "./envelope";
import { CloudApiError, ClientErrorCode, isRetryable, isTransient } from "./errors";
import { createKeepAliveAgent, postOnce } from "./http-post";
import { RateLimiter } from "./rate-limiter";
import { CVM_RATE_LIMITS } from "./rate-limits";
import { signTc3 } from "./sign";

export interface CvmClientOptions {
  /** Base URL: https://cvm.tencentcloudapi.com, or the emulator's http://127.0.0.1:<port>. */
  endpoint: string;
  secretId: string;
  secretKey: string;
  /** STS token for temporary credentials (seed 4511: X-TC-Token). */
  token?: string;
  /** Per-attempt deadline. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  breaker?: Partial<BreakerOptions>;
  /** Longest a call may queue behind the client-side rate limiter before failing with ClientRateLimited. */
  maxRateLimitWaitMs?: number;
}

export interface CallOptions {
  /** seed 4473: X-TC-Region; omitted for region-less actions such as DescribeRegions. */
  region?: string;
  signal?: AbortSignal;
  /** seed 4518: X-TC-Language, zh-CN or en-US. */
  language?: "zh-CN" | "en-US";
}

// seed 4503: the service is the endpoint's product name; for CVM always "cvm", also when talking to the emulator.
const SERVICE = "cvm";
const DEFAULT_TIMEOUT_MS = 30_000;

/** Reads (and price inquiries) are safe to repeat; writes only when a ClientToken makes them idempotent. */
export function isSafeToRetry(action: string, params: unknown): boolean {
  if (/^(Describe|Inquiry|Inquire)/.test(action)) return true;
  const token = (params as { ClientToken?: unknown } | null)?.ClientToken;
  return typeof token === "string" && token.length > 0;
}

/**
 * The console's CVM API 3.0 client: TC3-signed JSON POSTs over a keep-alive agent, with a per-attempt timeout,
 * retries (jittered exponential backoff) for calls safe to repeat, client-side per-action rate limits, and a
 * circuit breaker per region. Credentials live in private fields: not enumerable, not in JSON, not in inspect.
 */
export class CvmClient {
  readonly endpoint: string;
  readonly #url: URL;
  readonly #secretId: string;
  readonly #secretKey: string;
  readonly #token: string | undefined;
  readonly #timeoutMs: number;
  readonly #retry: RetryPolicy;
  readonly #breakerOptions: Partial<BreakerOptions>;
  readonly #agent: http.Agent;
  readonly #limiter: RateLimiter;
  readonly #breakers = new Map<string, CircuitBreaker>();

  constructor(opts: CvmClientOptions) {
    this.#url = new URL(opts.endpoint);
    this.#url.pathname = "/"; // seed 4870: the API 3.0 path is always "/"
    this.endpoint = this.#url.origin;
    this.#secretId = opts.secretId;
    this.#secretKey = opts.secretKey;
    this.#token = opts.token;
    this.#timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#retry = { ...DEFAULT_RETRY_POLICY, ...opts.retry };
    this.#breakerOptions = opts.breaker ?? {};
    this.#agent = createKeepAliveAgent(this.#url);
    this.#limiter = new RateLimiter({ maxWaitMs: opts.maxRateLimitWaitMs });
  }

  async call<A extends CvmAction>(action: A, params: CvmRequest<A>, opts: CallOptions = {}): Promise<CvmResponse<A>> {
    const retrySafe = isSafeToRetry(action, params);
    for (let attempt = 0; ; attempt++) {
      try {
        return (await this.#attempt(action, params, opts)) as CvmResponse<A>;
      } catch (err) {
        const error = asCloudApiError(err, action);
        const more = attempt + 1 < this.#retry.maxAttempts;
        if (!retrySafe || !more || !isRetryable(error.code) || opts.signal?.aborted) throw error;
        await abortableSleep(backoffDelayMs(attempt, this.#retry), opts.signal).catch((e) => {
          throw asCloudApiError(e, action);
        });
      }
    }
  }

  /** Frees the pooled sockets (tests, shutdown). In-flight requests on this client fail. */
  close(): void {
    this.#agent.destroy();
  }

  toJSON(): { endpoint: string; secretId: string } {
    return { endpoint: this.endpoint, secretId: maskId(this.#secretId) };
  }

  [inspect.custom](): string {
    return `CvmClient ${JSON.stringify(this.toJSON())}`;
  }

  async #attempt(action: CvmAction, params: unknown, opts: CallOptions): Promise<unknown> {
    const region = opts.region ?? "";
    const breaker = this.#breakerFor(region);
    if (!breaker.tryAcquire()) {
      throw new CloudApiError({
        code: ClientErrorCode.CircuitOpen,
        message: "The cloud API is failing repeatedly; requests are paused for a moment.",
        action,
      });
    }
    try {
      await this.#limiter.acquire(`${action}|${region}`, CVM_RATE_LIMITS[action], opts.signal);
    } catch (err) {
      breaker.release(); // aborted or queued too long locally: says nothing about the service
      throw err;
    }
    const body = this.#body(params);
    let reply;
    try {
      reply = await postOnce(this.#url, this.#headers(action, body, opts), body, {
        agent: this.#agent,
        timeoutMs: this.#timeoutMs,
        signal: opts.signal,
      });
    } catch (err) {
      recordOutcome(breaker, err);
      throw err;
    }
    try {
      const response = readEnvelope(reply, action);
      breaker.onSuccess();
      return response;
    } catch (err) {
      recordOutcome(breaker, err);
      throw err;
    }
  }

  #body(params: unknown): string {
    // The SDK drops nulls before sending; do the same so optional fields are simply absent. Empty requests
    // (the SDK types them as null) are an empty object on the wire.
    return JSON.stringify(params ?? {}, (_k, v) => (v === null ? undefined : v));
  }

  #headers(action: CvmAction, body: string, opts: CallOptions): Record<string, string> {
    const timestamp = Math.floor(Date.now() / 1000);
    const contentType = "application/json";
    // Sign content-type and host like the official SDK; host without the port (what the SDK signs).
    const { authorization } = signTc3({
      method: "POST",
      headers: { "content-type": contentType, host: this.#url.hostname },
      payload: body,
      timestamp,
      service: SERVICE,
      secretId: this.#secretId,
      secretKey: this.#secretKey,
    });
    const headers: Record<string, string> = {
      Authorization: authorization,
      "Content-Type": contentType,
      "X-TC-Action": action,
      "X-TC-Version": CVM_API_VERSION,
      "X-TC-Timestamp": String(timestamp),
      "X-TC-RequestClient": "cvm-console",
    };
    if (opts.region) headers["X-TC-Region"] = opts.region;
    if (this.#token) headers["X-TC-Token"] = this.#token;
    if (opts.language) headers["X-TC-Language"] = opts.language;
    return headers;
  }

  #breakerFor(region: string): CircuitBreaker {
    let breaker = this.#breakers.get(region);
    if (!breaker) {
      breaker = new CircuitBreaker(this.#breakerOptions);
      this.#breakers.set(region, breaker);
    }
    return breaker;
  }
}

/** Transient failures count towards opening the breaker; an abort says nothing about the service. */
function recordOutcome(breaker: CircuitBreaker, err: unknown): void {
  const code = err instanceof CloudApiError ? err.code : "";
  if (isTransient(code)) breaker.onTransientFailure();
  else if (code === ClientErrorCode.Aborted) breaker.release();
  // Anything else (InvalidParameter, …) is a healthy service saying no.
  else breaker.onSuccess();
}

function asCloudApiError(err: unknown, action: string): CloudApiError {
  if (err instanceof CloudApiError) {
    if (err.action === action) return err;
    return new CloudApiError({
      code: err.code,
      message: err.message,
      requestId: err.requestId,
      action,
      httpStatus: err.httpStatus,
      cause: err.cause,
    });
  }
  return new CloudApiError({
    code: ClientErrorCode.NetworkError,
    message: "The request to the cloud API failed.",
    action,
    cause: err,
  });
}

function maskId(id: string): string {
  return id.length <= 8 ? "****" : `${id.slice(0, 4)}****${id.slice(-4)}`;
}
