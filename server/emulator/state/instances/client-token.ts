// ClientToken idempotency (RunInstances seed 8771–8777: "用于保证请求幂等性的字符串"): the first successful
// answer for a token is kept in the store's ledger, in the same transaction as the writes it describes, and
// replayed for a retry with the same parameters — nothing is created twice. A token reused with different
// parameters is refused (no specific code is documented for it; InvalidParameter is the common one).
import { createHash } from "node:crypto";
import { ApiError } from "../../protocol/errors";
import type { InstanceCtx } from "./repo";

/** A stable digest of the request's params, ignoring the token itself and key order. */
export function fingerprintParams(params: object): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === "object"
        ? Object.fromEntries(Object.keys(v).sort().filter((k) => k !== "ClientToken").map((k) => [k, canonical((v as Record<string, unknown>)[k])]))
        : v;
  return createHash("sha256").update(JSON.stringify(canonical(params))).digest("hex");
}

/** Runs `create` once per token: a retry gets the recorded answer; a different request with the token is refused. */
export function withClientToken<T extends object>(ctx: InstanceCtx & { action: string }, token: string | undefined, params: object, create: () => T): T {
  if (token === undefined || token === "") return create();
  const fingerprint = fingerprintParams(params);
  const seen = ctx.store.findClientToken(ctx.scope, token);
  if (seen) {
    if (seen.action !== ctx.action || seen.fingerprint !== fingerprint) {
      throw new ApiError("InvalidParameter", {
        en: `The ClientToken \`${token}\` was already used for a different request.`,
        zh: `ClientToken \`${token}\` 已用于另一个不同的请求。`,
      });
    }
    return seen.response as T;
  }
  return ctx.store.transaction(() => {
    const response = create();
    ctx.store.recordClientToken(ctx.scope, token, { action: ctx.action, fingerprint, response, createdAt: ctx.clock.now() });
    return response;
  });
}
