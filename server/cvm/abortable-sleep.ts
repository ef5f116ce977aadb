import { CloudApiError, ClientErrorCode } from "./errors";

/** The error every wait and request in this client rejects with when the caller's signal fires. */
export function abortedError(signal: AbortSignal): CloudApiError {
  return new CloudApiError({ code: ClientErrorCode.Aborted, message: "The request was cancelled.", cause: signal.reason });
}

/** Waits `ms`, or rejects with ClientAborted as soon as `signal` fires (a backoff must not outlive its caller). */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortedError(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
