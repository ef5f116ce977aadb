import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { headerValue, type WireRequest } from "./wire-request";

/** The parts of `Authorization: TC3-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` (seed 4489–4505). */
export interface Tc3Authorization {
  secretId: string;
  date: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

const AUTH_RE =
  /^TC3-HMAC-SHA256\s+Credential=([^/,\s]+)\/(\d{4}-\d{2}-\d{2})\/([^/,\s]+)\/tc3_request\s*,\s*SignedHeaders=([a-z0-9;_-]+)\s*,\s*Signature=([0-9a-f]{64})$/i;

/** Returns null when the header is not a well-formed TC3 Authorization. */
export function parseTc3Authorization(header: string | undefined): Tc3Authorization | null {
  const m = header?.trim().match(AUTH_RE);
  if (!m) return null;
  return {
    secretId: m[1]!,
    date: m[2]!,
    service: m[3]!,
    signedHeaders: m[4]!.toLowerCase().split(";").filter(Boolean),
    signature: m[5]!.toLowerCase(),
  };
}

/** The UTC date (YYYY-MM-DD) of a Unix timestamp (seed 4981: the scope date is UTC+0, never local time). */
export function utcDate(timestampSeconds: number): string {
  return new Date(timestampSeconds * 1000).toISOString().slice(0, 10);
}

/** The Host header's hostname without the port ("127.0.0.1:4577" → "127.0.0.1", "[::1]:80" → "[::1]"). */
export function hostnameOf(host: string): string {
  if (host.startsWith("[")) return host.slice(0, host.indexOf("]") + 1);
  return host.split(":")[0]!;
}

const sha256Hex = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, msg: string) => createHmac("sha256", key).update(msg, "utf8").digest();

/** The signature a client holding `secretKey` would send, for one rendering of the canonical headers. */
export function computeTc3Signature(parts: {
  method: string;
  path: string;
  rawQuery: string;
  canonicalHeaders: string;
  signedHeaders: string;
  body: Buffer;
  timestamp: string;
  date: string;
  service: string;
  secretKey: string;
}): string {
  // seed 4852–4930: CanonicalRequest = method, URI, query, headers, signed header names, SHA-256 of the payload.
  const canonicalRequest = [
    parts.method,
    parts.path,
    parts.rawQuery,
    parts.canonicalHeaders,
    parts.signedHeaders,
    sha256Hex(parts.body),
  ].join("\n");
  // seed 4949–4975: StringToSign = algorithm, timestamp, credential scope, hash of the canonical request.
  const scope = `${parts.date}/${parts.service}/tc3_request`;
  const stringToSign = ["TC3-HMAC-SHA256", parts.timestamp, scope, sha256Hex(canonicalRequest)].join("\n");
  // seed 5008–5030: derived keys TC3+SecretKey → date → service → "tc3_request".
  const kDate = hmac(`TC3${parts.secretKey}`, parts.date);
  const kService = hmac(kDate, parts.service);
  const kSigning = hmac(kService, "tc3_request");
  return createHmac("sha256", kSigning).update(stringToSign, "utf8").digest("hex");
}

/**
 * Checks a TC3 signature over the request's raw query and raw body bytes. Several renderings of the
 * canonical headers are tried, because clients differ in ways the seed allows or the official SDK does:
 * - host: the Host header as sent, or its hostname without the port (the Node SDK signs `URL.hostname`);
 * - values: lower-cased as the seed's worked example does (seed 4890: "头部 key 和 value 统一转成小写"),
 *   or trimmed as sent (the SDKs do not lower-case content-type).
 * Every rendering still needs the secret key, so accepting them does not weaken the check.
 */
export function verifyTc3(wire: WireRequest, auth: Tc3Authorization, timestamp: string, secretKey: string): boolean {
  const host = headerValue(wire.headers, "host") ?? "";
  const hosts = [...new Set([host, hostnameOf(host)])];
  const expected = Buffer.from(auth.signature, "hex");
  for (const hostValue of hosts) {
    for (const lower of [true, false]) {
      const lines: string[] = [];
      for (const name of auth.signedHeaders) {
        const raw = name === "host" ? hostValue : headerValue(wire.headers, name);
        if (raw === undefined) return false;
        const value = raw.trim();
        lines.push(`${name}:${lower ? value.toLowerCase() : value}\n`);
      }
      const signature = computeTc3Signature({
        method: wire.method,
        path: wire.path,
        rawQuery: wire.rawQuery,
        canonicalHeaders: lines.join(""),
        signedHeaders: auth.signedHeaders.join(";"),
        // seed 4925: for GET the payload is always the empty string.
        body: wire.method === "GET" ? Buffer.alloc(0) : wire.body,
        timestamp,
        date: auth.date,
        service: auth.service,
        secretKey,
      });
      if (timingSafeEqual(Buffer.from(signature, "hex"), expected)) return true;
    }
  }
  return false;
}
