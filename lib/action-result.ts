// What every server action returns: never a thrown error, never a secret.
export type ActionError = {
  code: string;
  message: string;
  requestId?: string;
  fieldErrors?: Record<string, string>;
};

export type ActionResult<T extends object = object> = ({ ok: true } & T) | { ok: false; error: ActionError };

/** The refusal a write came back with, or null while it is pending, has not run, or succeeded. */
export function actionError(result: ActionResult | undefined): ActionError | null {
  return result && !result.ok ? result.error : null;
}

/** The message for one form field of a refusal, if the action named that field. */
export function fieldError(error: ActionError | null | undefined, field: string): string | undefined {
  return error?.fieldErrors?.[field];
}
