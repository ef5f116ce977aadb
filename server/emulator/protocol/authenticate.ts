import { SECRET_ID_PATTERN, type AccountBook, type EmulatorAccount } from "../accounts";
import type { Clock } from "../state/clock";
import { ApiError, signatureFailure } from "./errors";
import type { ApiCall } from "./parse-call";
import { hostnameOf, utcDate, verifyTc3 } from "./verify-tc3";
import { verifyV1 } from "./verify-v1";
import { headerValue, type WireRequest } from "./wire-request";

// seed 4480 / 4989: a Timestamp more than five minutes from server time fails with SignatureExpire.
const MAX_SKEW_SECONDS = 300;

/**
 * Establishes who is calling, in the order the seed lists the failures (seed 6918–6926, 7141–7149):
 * malformed SecretId, unknown SecretId, expired timestamp, bad signature, bad token.
 */
export function authenticate(wire: WireRequest, call: ApiCall, accounts: AccountBook, clock: Clock): EmulatorAccount {
  if (!SECRET_ID_PATTERN.test(call.secretId)) throw new ApiError("AuthFailure.InvalidSecretId");
  const account = accounts.bySecretId(call.secretId);
  if (!account) throw new ApiError("AuthFailure.SecretIdNotFound");

  const ts = Number(call.timestamp);
  if (Math.abs(clock.nowSeconds() - ts) > MAX_SKEW_SECONDS) throw new ApiError("AuthFailure.SignatureExpire");

  if (call.tc3) {
    // seed 4499–4503 / 4972: the scope date must be the UTC date of X-TC-Timestamp.
    if (call.tc3.date !== utcDate(ts)) throw signatureFailure("the credential scope date is not the UTC date of X-TC-Timestamp");
    // seed 4503: the service is "cvm". The Node SDK instead takes the first label of its endpoint
    // (endpoint.split(".")[0]), so with an endpoint override such as 127.0.0.1:4577 it signs "127".
    const hostLabel = hostnameOf(headerValue(wire.headers, "host") ?? "").split(".")[0];
    if (call.tc3.service !== "cvm" && call.tc3.service !== hostLabel) throw signatureFailure(`unexpected service "${call.tc3.service}" in the credential scope`);
    if (!verifyTc3(wire, call.tc3, call.timestamp, account.secretKey)) throw signatureFailure();
  } else {
    const host = headerValue(wire.headers, "host") ?? "";
    if (!verifyV1({ method: wire.method, path: wire.path, host }, call.v1Params ?? {}, account.secretKey)) throw signatureFailure();
  }

  // seed 4509–4513: a token comes with a temporary credential and must not accompany a long-term key.
  if (account.token !== call.token) throw new ApiError("AuthFailure.TokenFailure");
  return account;
}
