// What every server action returns: never a thrown error, never a secret.
export type ActionError = {
  code: string;
  message: string;
  requestId?: string;
  fieldErrors?: Record<string, string>;
};

export type ActionResult<T extends object = object> = ({ ok: true } & T) | { ok: false; error: ActionError };
