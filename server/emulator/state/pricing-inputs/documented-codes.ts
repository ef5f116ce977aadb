// An inquiry checks a change with the same rules as the action it prices (ResetInstance, ResetInstancesType,
// ResizeInstanceDisks ...), but may only answer with the codes its own page documents. This maps a code the
// inquiry does not document to the nearest one it does.
import { getActionSpec } from "../../catalog/action-specs";
import { getErrorCode } from "../../catalog/error-codes";
import { ApiError } from "../../protocol/errors";

/** Whether `action` may return `code`: one of its page's codes, or a common code (seed 39536–39630). */
export function isDocumented(action: string, code: string): boolean {
  return getErrorCode(code)?.category === "common" || (getActionSpec(action)?.errorCodes ?? []).includes(code);
}

/** The first of `candidates` that `action` documents, else `fallback` (a common code). */
export function firstDocumented(action: string, candidates: readonly string[], fallback = "InvalidParameterValue"): string {
  return candidates.find((c) => isDocumented(action, c)) ?? fallback;
}

/** `code` if `action` documents it, else its replacement in `map`, else InvalidParameterValue (a common code). */
export function documentedCode(action: string, code: string, map: Readonly<Record<string, string>> = {}): string {
  return firstDocumented(action, [code, ...(map[code] ? [map[code]] : [])]);
}

/** Runs `fn`; an ApiError it throws leaves with a code `action` documents (same message). */
export function withDocumentedCodes<T>(action: string, fn: () => T, map: Readonly<Record<string, string>> = {}): T {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof ApiError) || isDocumented(action, error.code)) throw error;
    throw new ApiError(documentedCode(action, error.code, map), error.detail);
  }
}
