// Tencent Cloud API request signing: TC3-HMAC-SHA256 ("signature v3", seed 4800–5060) and HmacSHA1/HmacSHA256
// ("signature v1", seed 6960–7120). Pure functions over strings/bytes: no I/O, no clock, no secrets kept, so the
// console client and any verifier can share them and tests can pin every intermediate value.
import { createHash, createHmac } from "node:crypto";

export const TC3_ALGORITHM = "TC3-HMAC-SHA256";

type Bytes = string | Uint8Array;

export function sha256Hex(data: Bytes): string {
  return createHash("sha256").update(data).digest("hex");
}

function hmacSha256(key: Bytes, data: Bytes): Buffer {
  return createHmac("sha256", key).update(data).digest();
}

/** seed 4983: Date is the UTC+0 date of X-TC-Timestamp (a local time zone breaks calls around midnight). */
export function tc3Date(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

/** seed 4970: CredentialScope = Date/service/tc3_request. */
export function tc3CredentialScope(timestamp: number, service: string): string {
  return `${tc3Date(timestamp)}/${service}/tc3_request`;
}

export interface Tc3CanonicalInput {
  method: string;
  /** seed 4870: CanonicalURI is always "/" for API 3.0. */
  path?: string;
  /** seed 4874: empty for POST, the URL query for GET. */
  query?: string;
  /** The headers to sign, any case; content-type and host are mandatory (seed 4505). */
  headers: Readonly<Record<string, string>>;
  payload: Bytes;
}

export interface Tc3Canonical {
  canonicalRequest: string;
  signedHeaders: string;
}

/**
 * seed 4852–4866: CanonicalRequest = method \n uri \n query \n canonical headers \n signed headers \n payload hash.
 * Header keys are lower-cased, key and value trimmed, sorted by key in ASCII order (seed 4890–4892). The seed's
 * example shows the value lower-cased too ("x-tc-action:describeinstances"); the official SDK signs only
 * content-type and host, so it never exercises that rule; we follow the seed.
 */
export function tc3CanonicalRequest(input: Tc3CanonicalInput): Tc3Canonical {
  const entries = Object.entries(input.headers)
    .map(([k, v]) => [k.trim().toLowerCase(), String(v).trim().toLowerCase()] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonicalHeaders = entries.map(([k, v]) => `${k}:${v}\n`).join("");
  const signedHeaders = entries.map(([k]) => k).join(";");
  const canonicalRequest = [
    input.method.toUpperCase(),
    input.path ?? "/",
    input.query ?? "",
    canonicalHeaders,
    signedHeaders,
    sha256Hex(input.payload),
  ].join("\n");
  return { canonicalRequest, signedHeaders };
}

/** seed 4949–4975: StringToSign = algorithm \n timestamp \n scope \n SHA256(canonical request). */
export function tc3StringToSign(timestamp: number, credentialScope: string, canonicalRequest: string): string {
  return [TC3_ALGORITHM, String(timestamp), credentialScope, sha256Hex(canonicalRequest)].join("\n");
}

/** seed 5008–5012: SecretDate → SecretService → SecretSigning, each an HMAC-SHA256 keyed by the previous. */
export function tc3SigningKey(secretKey: string, date: string, service: string): Buffer {
  const secretDate = hmacSha256(`TC3${secretKey}`, date);
  const secretService = hmacSha256(secretDate, service);
  return hmacSha256(secretService, "tc3_request");
}

export interface Tc3SignInput extends Tc3CanonicalInput {
  secretId: string;
  secretKey: string;
  timestamp: number;
  /** The product name, the endpoint's first label: "cvm" (seed 4503). */
  service: string;
}

export interface Tc3Signature extends Tc3Canonical {
  authorization: string;
  signature: string;
  stringToSign: string;
  credentialScope: string;
}

/** The whole v3 chain; returns every intermediate so callers and tests can inspect them. */
export function signTc3(input: Tc3SignInput): Tc3Signature {
  const { canonicalRequest, signedHeaders } = tc3CanonicalRequest(input);
  const credentialScope = tc3CredentialScope(input.timestamp, input.service);
  const stringToSign = tc3StringToSign(input.timestamp, credentialScope, canonicalRequest);
  const key = tc3SigningKey(input.secretKey, tc3Date(input.timestamp), input.service);
  // seed 5036: Signature = HexEncode(HMAC_SHA256(SecretSigning, StringToSign)).
  const signature = createHmac("sha256", key).update(stringToSign).digest("hex");
  return {
    canonicalRequest,
    signedHeaders,
    credentialScope,
    stringToSign,
    signature,
    authorization: tc3Authorization(input.secretId, credentialScope, signedHeaders, signature),
  };
}

/** seed 5044–5052: "TC3-HMAC-SHA256 Credential=id/scope, SignedHeaders=…, Signature=…". */
export function tc3Authorization(
  secretId: string,
  credentialScope: string,
  signedHeaders: string,
  signature: string,
): string {
  return `${TC3_ALGORITHM} Credential=${secretId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

// ---- signature v1 ----

export type V1SignatureMethod = "HmacSHA1" | "HmacSHA256";

/**
 * seed 7024–7060: sort parameters by name in ASCII order (not alphabetical, not numeric: InstanceIds.12 sorts
 * before InstanceIds.2) and join raw, un-encoded "name=value" pairs with "&". Signature itself is excluded.
 */
export function v1QueryString(params: Readonly<Record<string, string | number | boolean>>): string {
  return Object.keys(params)
    .filter((k) => k !== "Signature")
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => `${k}=${params[k]}`)
    .join("&");
}

/** seed 7086: method (upper case) + host + path "/" + "?" + the sorted query string. */
export function v1StringToSign(
  method: string,
  host: string,
  params: Readonly<Record<string, string | number | boolean>>,
  path = "/",
): string {
  return `${method.toUpperCase()}${host}${path}?${v1QueryString(params)}`;
}

/** seed 7094–7110 and 4645: Base64(HMAC(secretKey, string to sign)); SignatureMethod picks SHA1 (default) or SHA256. */
export function signV1(secretKey: string, stringToSign: string, method: V1SignatureMethod = "HmacSHA1"): string {
  const algorithm = method === "HmacSHA256" ? "sha256" : "sha1";
  return createHmac(algorithm, secretKey).update(stringToSign, "utf8").digest("base64");
}
