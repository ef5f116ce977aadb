#!/usr/bin/env node
// Generates the emulator's committed catalogue data from the structured seed catalog (../shared/cvm-api).
// The emulator reads only the files written here, so it runs where shared/ is absent.
//
//   node scripts/gen-emulator-catalog.mjs [--from ../shared/cvm-api] [--out server/emulator/catalog]
//
// Writes action-specs.json, structure-specs.json and error-codes.json. Re-run after the catalog changes
// and commit the result; the output is deterministic (no timestamps).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
};
const from = arg("--from", path.resolve(root, "..", "shared", "cvm-api"));
const out = arg("--out", path.join(root, "server", "emulator", "catalog"));

const readJson = (file) => JSON.parse(readFileSync(path.join(from, file), "utf8"));
const actionsDoc = readJson("actions.json");
const structuresDoc = readJson("structures.json");
const errorsDoc = readJson("errors.json");

// Common params appear in every action table (seed 4456: Action/Version/Region); the protocol layer handles them.
const COMMON = new Set(["Action", "Version", "Region"]);

/** "InstanceIds.N" (seed 3940: Ids.N is how arrays are written) → "InstanceIds"; the type keeps "Array of …". */
const paramName = (name) => name.replace(/\.N$/, "");

/** How an action treats the Region common param, read from its own table row. */
function regionRule(action) {
  const row = action.input.find((p) => p.name === "Region");
  if (!row) return "required";
  if (row.required) return "required";
  // seed 8015: "本接口不需要传递此参数" = the action ignores Region; otherwise it is optional.
  return /不需要传递/.test(row.descriptionZh ?? "") ? "none" : "optional";
}

const actions = {};
for (const a of actionsDoc.actions) {
  actions[a.name] = {
    group: a.group,
    titleZh: a.titleZh,
    rateLimitPerSecond: a.rateLimitPerSecond,
    region: regionRule(a),
    seedLines: a.seedLines,
    input: a.input
      .filter((p) => !COMMON.has(p.name))
      .map((p) => ({ name: paramName(p.name), required: p.required === true, type: p.type })),
    errorCodes: a.errorCodes.map((e) => e.code),
  };
}

const structures = {};
for (const s of structuresDoc.structures) {
  structures[s.name] = {
    seedLines: s.seedLines,
    // required is null for output-only structures (no 必选 column): treat as optional.
    members: s.members.map((m) => ({ name: m.name, required: m.required === true, type: m.type })),
  };
}

// English texts we wrote for the common codes (the seed gives Chinese only, seed 39536–39630).
const EN = {
  ActionOffline: "This action has been taken offline.",
  "AuthFailure.InvalidAuthorization": "The Authorization header does not follow the Tencent Cloud standard.",
  "AuthFailure.InvalidSecretId": "Invalid SecretId (not a cloud API key).",
  "AuthFailure.MFAFailure": "MFA failed.",
  "AuthFailure.SecretIdNotFound": "The SecretId was not found. Check that the key exists, is enabled and was copied without extra spaces.",
  "AuthFailure.SignatureExpire": "The signature has expired: Timestamp and server time differ by more than 5 minutes.",
  "AuthFailure.SignatureFailure": "The provided credentials could not be validated. Please check your signature is correct.",
  "AuthFailure.TokenFailure": "Token error.",
  "AuthFailure.UnauthorizedOperation": "The request is not authorized. See the CAM documentation on authorization.",
  DryRunOperation: "DryRun operation: the request would have succeeded, but the DryRun parameter was set.",
  FailedOperation: "The operation failed.",
  InternalError: "An internal error occurred.",
  InvalidAction: "The action does not exist.",
  InvalidParameter: "Invalid parameter (format, type or similar).",
  InvalidParameterValue: "Invalid parameter value.",
  InvalidRequest: "The multipart format of the request body is invalid.",
  IpInBlacklist: "The IP address is on the blacklist.",
  IpNotInWhitelist: "The IP address is not on the whitelist.",
  LimitExceeded: "The quota limit has been exceeded.",
  MissingParameter: "A required parameter is missing.",
  NoSuchProduct: "The product does not exist.",
  NoSuchVersion: "The API version does not exist.",
  RequestLimitExceeded: "The request frequency limit has been exceeded.",
  "RequestLimitExceeded.GlobalRegionUinLimitExceeded": "The root account exceeded its frequency limit.",
  "RequestLimitExceeded.IPLimitExceeded": "The IP address exceeded its frequency limit.",
  "RequestLimitExceeded.UinLimitExceeded": "The root account exceeded its frequency limit.",
  RequestSizeLimitExceeded: "The request is larger than the size limit.",
  ResourceInUse: "The resource is in use.",
  ResourceInsufficient: "Insufficient resources.",
  ResourceNotFound: "The resource does not exist.",
  ResourceUnavailable: "The resource is unavailable.",
  ResponseSizeLimitExceeded: "The response is larger than the size limit.",
  ServiceUnavailable: "The service is temporarily unavailable.",
  UnauthorizedOperation: "Unauthorized operation.",
  UnknownParameter: "Unknown parameter: the request carries a parameter that is not defined.",
  UnsupportedOperation: "The operation is not supported.",
  UnsupportedProtocol: "Unsupported HTTP(S) request method: only GET and POST are supported.",
  UnsupportedRegion: "The action does not support the given region.",
};

const errors = {};
for (const e of errorsDoc.errors) {
  errors[e.code] = { category: e.category, seedLine: e.seedLine, zh: e.descriptionZh, ...(EN[e.code] ? { en: EN[e.code] } : {}) };
}
const missingEn = Object.keys(EN).filter((code) => !errors[code]);
if (missingEn.length) throw new Error(`English text for codes not in the seed catalogue: ${missingEn.join(", ")}`);

const meta = {
  generatedBy: "scripts/gen-emulator-catalog.mjs",
  source: actionsDoc.meta?.seed ?? "000_1184e455eb353fcf.txt",
  apiVersion: actionsDoc.meta?.apiVersion ?? "2017-03-12",
};

mkdirSync(out, { recursive: true });
const write = (file, data) => writeFileSync(path.join(out, file), JSON.stringify(data, null, 1) + "\n");
write("action-specs.json", { meta: { ...meta, seedLines: actionsDoc.meta?.overviewTableLines }, actions });
write("structure-specs.json", { meta: { ...meta, seedLines: structuresDoc.seedLines }, structures });
write("error-codes.json", { meta: { ...meta, seedLines: errorsDoc.seedLines }, errors });
console.log(
  `wrote ${Object.keys(actions).length} actions, ${Object.keys(structures).length} structures, ` +
    `${Object.keys(errors).length} error codes to ${path.relative(root, out)}`,
);
