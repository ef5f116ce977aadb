import { createHmac, timingSafeEqual } from "node:crypto";
import { hostnameOf } from "./verify-tc3";

/**
 * The signature v1 a client holding `secretKey` would send (seed 7024–7110):
 * sort params by name in ASCII order, join raw (not URL-encoded) `name=value` with "&", prefix with
 * method + host + path + "?", HMAC with SHA1 or SHA256, Base64.
 */
export function computeV1Signature(parts: {
  method: string;
  host: string;
  path: string;
  params: Record<string, string>;
  secretKey: string;
  signatureMethod: string | undefined;
}): string {
  // seed 7028: ASCII order, so "InstanceIds.12" sorts before "InstanceIds.2".
  const names = Object.keys(parts.params).filter((k) => k !== "Signature").sort(asciiCompare);
  const query = names.map((k) => `${k}=${parts.params[k]}`).join("&");
  const source = `${parts.method}${parts.host}${parts.path}?${query}`;
  // seed 4646: only "HmacSHA256" selects SHA-256; anything else is verified with HMAC-SHA1.
  const algorithm = parts.signatureMethod === "HmacSHA256" ? "sha256" : "sha1";
  return createHmac(algorithm, parts.secretKey).update(source, "utf8").digest("base64");
}

function asciiCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Checks a v1 Signature. `params` are all request params after URL-decoding, common ones included.
 * The host is tried as sent and without its port: the Node SDK signs its endpoint as configured
 * ("127.0.0.1:4577"), other signers use the bare hostname.
 */
export function verifyV1(
  wire: { method: string; path: string; host: string },
  params: Record<string, string>,
  secretKey: string,
): boolean {
  const given = Buffer.from(params.Signature ?? "", "base64");
  if (given.length === 0) return false;
  for (const host of new Set([wire.host, hostnameOf(wire.host)])) {
    const expected = Buffer.from(
      computeV1Signature({ method: wire.method, host, path: wire.path, params, secretKey, signatureMethod: params.SignatureMethod }),
      "base64",
    );
    if (expected.length === given.length && timingSafeEqual(expected, given)) return true;
  }
  return false;
}
