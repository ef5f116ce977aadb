import { isCloudApiError } from "@/server/cvm/errors";

export interface UserError {
  code: string;
  message: string;
  requestId?: string;
}

export const GENERIC_MESSAGE = "Something went wrong on our side. Please try again; if it keeps happening, contact your administrator.";

/**
 * The one place an error becomes what a user sees. Cloud API errors are the user's business: Tencent's code,
 * message and RequestId pass through (the RequestId is what support asks for, seed 7950). Anything else is our
 * bug: the user gets a generic message and the server log gets one line with the details.
 */
export function toUserError(err: unknown): UserError {
  if (isCloudApiError(err)) {
    return err.requestId
      ? { code: err.code, message: err.message, requestId: err.requestId }
      : { code: err.code, message: err.message };
  }
  console.error(`[toUserError] unexpected error: ${redact(describe(err))}`);
  return { code: "InternalError", message: GENERIC_MESSAGE };
}

/** Message and stack only: never the error's own properties, which may hold request configs or credentials. */
function describe(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  if (typeof err === "string") return err;
  return `non-Error thrown (${typeof err})`;
}

// Belt and braces for messages that quote a request: API key ids, signatures, Authorization/secret values.
const SECRET_PATTERNS: RegExp[] = [
  /AKID[A-Za-z0-9]{8,}/g,
  /(Signature=)[0-9a-fA-F+/=%]+/g,
  /((?:secret_?key|secret|password|token|authorization)["']?\s*[:=]\s*["']?)[^\s"',}]+/gi,
];

export function redact(text: string): string {
  return SECRET_PATTERNS.reduce(
    (out, re) => out.replace(re, (match, prefix: unknown) => (typeof prefix === "string" ? `${prefix}[redacted]` : "[redacted]")),
    text,
  );
}
