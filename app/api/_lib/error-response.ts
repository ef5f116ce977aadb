import "server-only";
import { AuthError } from "@/server/auth/errors";
import { cloudErrorOf } from "@/server/actions/action-error";
import { toUserError } from "@/server/errors/to-user-error";
import type { ActionError } from "@/lib/action-result";

// The one way our GET routes answer with an error: `{ error: { code, message, requestId? } }`.
// Auth problems keep their 401/403; a Tencent error is the upstream's fault (502); anything else is ours (500)
// and toUserError has already replaced its message with a generic one and logged it.
export function errorJson(status: number, error: ActionError): Response {
  return Response.json({ error }, { status, headers: { "cache-control": "no-store" } });
}

export function errorResponse(err: unknown): Response {
  if (err instanceof AuthError) {
    return errorJson(err.status, { code: err.code, message: err.message });
  }
  const cloud = cloudErrorOf(err);
  return cloud ? errorJson(502, cloud) : errorJson(500, toUserError(err));
}

export function okJson(body: unknown): Response {
  return Response.json(body, { headers: { "cache-control": "no-store" } });
}
