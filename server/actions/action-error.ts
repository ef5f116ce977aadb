import "server-only";
import { ZodError, type z } from "zod";
import { AuthError } from "@/server/auth/errors";
import { NotFoundError, ValidationError } from "@/server/db/errors";
import { isCloudApiError } from "@/server/cvm/errors";
import { toUserError } from "@/server/errors/to-user-error";
import { isMessageKey } from "@/lib/i18n/catalogues";
import type { Translate } from "@/lib/i18n/translate";
import type { ActionError } from "@/lib/action-result";

/** Thrown by parseInput; turned into field errors, never shown raw. */
export class InputError extends Error {
  constructor(readonly zodError: ZodError) {
    super("Invalid input");
    this.name = "InputError";
  }
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new InputError(parsed.error);
  return parsed.data;
}

export function cloudErrorOf(err: unknown): { code: string; message: string; requestId?: string } | null {
  if (!isCloudApiError(err)) return null;
  const { code, message, requestId } = err;
  return requestId ? { code, message, requestId } : { code, message };
}

/** Our schemas carry i18n keys as messages; a store may send plain sentences, shown as they are. */
function localise(message: string, t: Translate): string {
  return isMessageKey(message) ? t(message) : message;
}

/**
 * Everything an action can fail with, as the user should see it. Field problems keep their field name
 * ("form" for a whole-form problem); Tencent errors keep code and RequestId; anything unexpected is
 * logged and replaced by a generic message inside toUserError.
 */
export function toActionError(err: unknown, t: Translate): ActionError {
  if (err instanceof InputError || err instanceof ZodError) {
    const issues = err instanceof InputError ? err.zodError.issues : err.issues;
    const fieldErrors: Record<string, string> = {};
    for (const issue of issues) {
      const field = issue.path.length ? issue.path.map(String).join(".") : "form";
      fieldErrors[field] ??= localise(issue.message, t);
    }
    return { code: "ValidationError", message: t("validation.fixFields"), fieldErrors };
  }
  if (err instanceof ValidationError) {
    const fieldErrors = Object.fromEntries(Object.entries(err.fieldErrors).map(([k, v]) => [k, localise(v, t)]));
    return { code: "ValidationError", message: t("validation.fixFields"), fieldErrors };
  }
  if (err instanceof AuthError) {
    return { code: err.code, message: t(err.status === 401 ? "error.unauthenticated" : "error.forbidden") };
  }
  if (err instanceof NotFoundError) {
    return { code: "ResourceNotFound", message: t("error.notFound") };
  }
  const cloud = cloudErrorOf(err);
  if (cloud) return cloud;
  const { code } = toUserError(err); // our bug: logged there, and only a generic message is shown
  return { code, message: t("error.generic") };
}
