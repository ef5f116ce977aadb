// One HTTP POST over node's http/https with a caller-owned keep-alive Agent: plain transport, no retries, no
// Tencent semantics. Failures become CloudApiError with Client* codes so the client can classify them.
import http from "node:http";
import https from "node:https";
import { abortedError } from "./abortable-sleep";
import { CloudApiError, ClientErrorCode } from "./errors";

export interface HttpReply {
  status: number;
  body: string;
}

export interface PostOptions {
  agent: http.Agent;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Bigger replies are refused: seed 4446 caps v3 requests at 10 MB; replies are smaller than that in practice. */
  maxResponseBytes?: number;
}

/** Keep-alive agent for the endpoint's protocol; one per client so connections are reused across calls. */
export function createKeepAliveAgent(endpoint: URL): http.Agent {
  const opts = { keepAlive: true, maxSockets: 32, maxFreeSockets: 8, timeout: 60_000 };
  return endpoint.protocol === "https:" ? new https.Agent(opts) : new http.Agent(opts);
}

export function postOnce(
  url: URL,
  headers: Record<string, string>,
  body: string,
  opts: PostOptions,
): Promise<HttpReply> {
  const { signal, timeoutMs } = opts;
  const limit = opts.maxResponseBytes ?? 20 * 1024 * 1024;
  if (signal?.aborted) return Promise.reject(abortedError(signal));
  const send = url.protocol === "https:" ? https.request : http.request;

  return new Promise<HttpReply>((resolve, reject) => {
    let settled = false;
    const finish = (err: CloudApiError | null, reply?: HttpReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (err) {
        req.destroy();
        reject(err);
      } else resolve(reply!);
    };
    const onAbort = () => finish(abortedError(signal!));
    // A total deadline (connect + send + full reply), not an idle-socket timeout: a slow drip must not hang a page.
    const timer = setTimeout(
      () => finish(new CloudApiError({ code: ClientErrorCode.Timeout, message: `No response within ${timeoutMs} ms.` })),
      timeoutMs,
    );

    const req = send(
      url,
      { method: "POST", agent: opts.agent, headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > limit) {
            finish(new CloudApiError({ code: ClientErrorCode.InvalidResponse, message: "The response is too large." }));
          } else chunks.push(chunk);
        });
        res.on("end", () => finish(null, { status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", (e) => finish(networkError(e)));
      },
    );
    req.on("error", (e) => finish(networkError(e)));
    signal?.addEventListener("abort", onAbort, { once: true });
    req.end(body);
  });
}

/** Node's socket messages name host and port only (never headers), so they are safe to show. */
function networkError(e: Error & { code?: string }): CloudApiError {
  return new CloudApiError({
    code: ClientErrorCode.NetworkError,
    message: `Could not reach the cloud API (${e.code ?? e.message}).`,
    cause: e,
  });
}
