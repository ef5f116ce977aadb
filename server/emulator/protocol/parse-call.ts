import { ApiError, invalidParameter, invalidParameterValue, missingParameter, type Language } from "./errors";
import { parseMultipart } from "./multipart";
import { unflatten } from "./unflatten";
import { parseTc3Authorization, type Tc3Authorization } from "./verify-tc3";
import { headerValue, mediaType, type WireRequest } from "./wire-request";

/** A request with its common params separated from the action's own params, signature not yet checked. */
export interface ApiCall {
  signatureVersion: "tc3" | "v1";
  secretId: string;
  /** Set for TC3 requests. */
  tc3?: Tc3Authorization;
  /** Set for v1 requests: every param as sent (decoded), the input of the v1 signature. */
  v1Params?: Record<string, string>;
  action: string;
  version: string;
  region?: string;
  timestamp: string;
  token?: string;
  language?: Language;
  /** The action's own params, nested like a JSON body. */
  params: Record<string, unknown>;
  /** True when values arrived as strings (GET query, form or multipart) and need type conversion. */
  fromForm: boolean;
}

// seed 4608–4655: the common params of signature v1, sent among the others; RequestClient is what the
// official SDKs add to identify themselves. None of them belongs to an action's own params.
const V1_COMMON = ["Action", "Version", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "SignatureMethod", "Token", "Language", "RequestClient"];

function parseForm(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(text)) {
    if (Object.hasOwn(out, k)) throw invalidParameter(`Parameter \`${k}\` is given more than once.`);
    out[k] = v;
  }
  return out;
}

function parseJsonBody(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let data: unknown;
  try {
    data = JSON.parse(body.toString("utf8"));
  } catch {
    throw invalidParameter("The request body is not valid JSON.");
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw invalidParameter("The request body must be a JSON object.");
  return data as Record<string, unknown>;
}

function language(value: string | undefined): Language | undefined {
  if (value === undefined || value === "") return undefined;
  // seed 4518: X-TC-Language takes zh-CN or en-US.
  if (value === "zh-CN" || value === "en-US") return value;
  throw invalidParameterValue("Language", "expected zh-CN or en-US");
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value === "") throw missingParameter(name);
  return value;
}

function timestamp(value: string | undefined): string {
  const ts = required(value, "Timestamp");
  if (!/^\d{1,12}$/.test(ts)) throw invalidParameterValue("Timestamp", "expected a Unix timestamp in seconds");
  return ts;
}

/**
 * Reads the common params from wherever the signature method puts them (seed 4425–4680):
 * TC3 → X-TC-* headers and an Authorization header, params in the JSON/multipart body or the GET query;
 * v1 → everything in the GET query or the form-encoded POST body.
 */
export function parseCall(wire: WireRequest): ApiCall {
  // seed 4430–4434: GET and POST only; seed 4870: the API path is always "/".
  if (wire.method !== "GET" && wire.method !== "POST") {
    throw new ApiError("UnsupportedProtocol", { en: `HTTP method ${wire.method} is not supported: only GET and POST are.` });
  }
  if (wire.path !== "/") throw new ApiError("InvalidAction", { en: `There is no API at ${wire.path}: API 3.0 is served at "/".` });

  const type = mediaType(wire.headers);
  const authorization = headerValue(wire.headers, "authorization");
  if (authorization) {
    const tc3 = parseTc3Authorization(authorization);
    if (!tc3) throw new ApiError("AuthFailure.InvalidAuthorization");
    // seed 4505: content-type and host must be among the signed headers.
    if (!tc3.signedHeaders.includes("content-type") || !tc3.signedHeaders.includes("host")) {
      throw new ApiError("AuthFailure.InvalidAuthorization", { en: "SignedHeaders must include content-type and host." });
    }
    let params: Record<string, unknown>;
    let fromForm = true;
    if (wire.method === "GET") params = unflatten(parseForm(wire.rawQuery));
    else if (type === "application/json") {
      params = parseJsonBody(wire.body);
      fromForm = false;
    } else if (type === "multipart/form-data") params = unflatten(parseMultipart(wire.body, headerValue(wire.headers, "content-type")!));
    else if (type === "application/x-www-form-urlencoded") params = unflatten(parseForm(wire.body.toString("utf8")));
    else throw invalidParameter(`Content-Type ${type || "(none)"} is not supported.`);
    return {
      signatureVersion: "tc3",
      secretId: tc3.secretId,
      tc3,
      action: required(headerValue(wire.headers, "x-tc-action"), "Action"),
      version: required(headerValue(wire.headers, "x-tc-version"), "Version"),
      region: headerValue(wire.headers, "x-tc-region") || undefined,
      timestamp: timestamp(headerValue(wire.headers, "x-tc-timestamp")),
      token: headerValue(wire.headers, "x-tc-token") || undefined,
      language: language(headerValue(wire.headers, "x-tc-language")),
      params,
      fromForm,
    };
  }

  // seed 4438–4442: JSON and multipart bodies must be signed with v3, which needs the Authorization header.
  if (wire.method === "POST" && type !== "application/x-www-form-urlencoded") {
    throw new ApiError("AuthFailure.InvalidAuthorization", { en: `A ${type || "body"} request must carry a TC3-HMAC-SHA256 Authorization header.` });
  }
  const flat = parseForm(wire.method === "GET" ? wire.rawQuery : wire.body.toString("utf8"));
  const own: Record<string, string> = {};
  for (const [k, v] of Object.entries(flat)) if (!V1_COMMON.includes(k)) own[k] = v;
  required(flat.Signature, "Signature");
  required(flat.Nonce, "Nonce");
  return {
    signatureVersion: "v1",
    secretId: required(flat.SecretId, "SecretId"),
    v1Params: flat,
    action: required(flat.Action, "Action"),
    version: required(flat.Version, "Version"),
    region: flat.Region || undefined,
    timestamp: timestamp(flat.Timestamp),
    token: flat.Token || undefined,
    language: language(flat.Language),
    params: unflatten(own),
    fromForm: true,
  };
}
