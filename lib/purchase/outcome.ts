// After a failed purchase attempt: did the cloud say no (nothing was bought), or is the outcome unknown (no answer,
// or a transient failure after the request may have been committed)? Only an unknown outcome is retried with the
// same submission (and so the same ClientToken); a definite "no" lets the next Buy start a new submission.

const UNCERTAIN = /^(Client|InternalError|ServiceUnavailable|RequestLimitExceeded)/;

export function isUncertainOutcome(code: string): boolean {
  // ClientCircuitOpen and ClientRateLimited never sent anything, but retrying them with the same token is just as safe.
  return UNCERTAIN.test(code);
}

/** The action's field errors name "config.<field>": the form's own paths. */
export function formFieldErrors(fieldErrors: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fieldErrors ?? {})) out[k.startsWith("config.") ? k.slice("config.".length) : k] = v;
  return out;
}
