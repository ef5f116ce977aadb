import type { ActionError } from "../action-result";

/** An error from one of our GET routes, carrying the Tencent code and RequestId when there is one. */
export class ApiRouteError extends Error {
  constructor(readonly status: number, readonly error: ActionError) {
    super(error.message);
    this.name = "ApiRouteError";
  }
}

/** GET a console route; non-2xx bodies are `{ error: { code, message, requestId? } }` (see app/api/_lib). */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { accept: "application/json" }, cache: "no-store" });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: ActionError } | null)?.error;
    throw new ApiRouteError(response.status, error ?? { code: "InternalError", message: `HTTP ${response.status}` });
  }
  return body as T;
}
