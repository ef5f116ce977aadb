import { INSTANCE_STATES, type InstanceStateName } from "./states";

// The instance search box: `state:running zone:ap-guangzhou-3 tag:env=prod name:web 10.0.1.5 ins-abc12345`
// becomes DescribeInstances Filters (seed 9905–10104). Pure and isomorphic: the box checks as you type, the
// server checks again before calling the cloud. Same key twice = either value (Values are OR-ed); different
// keys = all must match (Filters are AND-ed), exactly as the API combines them.

export type Filter = { Name: string; Values: string[] };

/** seed 10104: at most 10 Filters per request and 5 Values per Filter. */
export const MAX_FILTERS = 10;
export const MAX_VALUES = 5;

export type SearchErrorCode =
  | "unknownKey"
  | "emptyValue"
  | "badState"
  | "badChargeType"
  | "badProject"
  | "badDate"
  | "badTag"
  | "tooManyValues"
  | "tooManyFilters"
  | "unclosedQuote";

export type SearchError = { code: SearchErrorCode; token: string; key?: string; value?: string; suggestion?: string };

/** One understood token, kept with its text so the UI can show it as a chip and remove it. */
export type SearchTerm = { raw: string; filter: string; values: string[]; guessed: boolean };

export type ParsedSearch = { terms: SearchTerm[]; filters: Filter[]; errors: SearchError[] };

type KeySpec = { filter: string; normalise?: (value: string) => string | SearchErrorCode };

const CHARGE_TYPES: Record<string, string> = {
  prepaid: "PREPAID",
  monthly: "PREPAID",
  postpaid: "POSTPAID_BY_HOUR",
  postpaid_by_hour: "POSTPAID_BY_HOUR",
  hourly: "POSTPAID_BY_HOUR",
  cdhpaid: "CDHPAID",
  cdh: "CDHPAID",
  spotpaid: "SPOTPAID",
  spot: "SPOTPAID",
};

const normaliseState = (v: string) => {
  const upper = v.toUpperCase().replace(/-/g, "_");
  return (INSTANCE_STATES as readonly string[]).includes(upper) ? (upper as InstanceStateName) : "badState";
};
const normaliseCharge = (v: string) => CHARGE_TYPES[v.toLowerCase()] ?? "badChargeType";
const normaliseProject = (v: string) => (/^\d{1,12}$/.test(v) ? v : "badProject");

/** The documented key (seed 9905–10104) under a short name, plus the documented names themselves. */
const KEYS: Record<string, KeySpec> = {
  name: { filter: "instance-name" },
  id: { filter: "instance-id" },
  uuid: { filter: "uuid" },
  zone: { filter: "zone" },
  state: { filter: "instance-state", normalise: normaliseState },
  charge: { filter: "instance-charge-type", normalise: normaliseCharge },
  project: { filter: "project-id", normalise: normaliseProject },
  vpc: { filter: "vpc-id" },
  subnet: { filter: "subnet-id" },
  sg: { filter: "security-group-id" },
  "private-ip": { filter: "private-ip-address" },
  "public-ip": { filter: "public-ip-address" },
  ipv6: { filter: "ipv6-address" },
  host: { filter: "host-id" },
  cdc: { filter: "dedicated-cluster-id" },
  "tag-key": { filter: "tag-key" },
  "tag-value": { filter: "tag-value" },
  after: { filter: "creation-start-time", normalise: (v) => toApiTime(v, "start") },
  before: { filter: "creation-end-time", normalise: (v) => toApiTime(v, "end") },
};
const ALIASES: Record<string, string> = {
  "instance-name": "name",
  "instance-id": "id",
  "instance-state": "state",
  status: "state",
  "instance-charge-type": "charge",
  billing: "charge",
  "project-id": "project",
  "vpc-id": "vpc",
  "subnet-id": "subnet",
  "security-group-id": "sg",
  "security-group": "sg",
  "private-ip-address": "private-ip",
  "public-ip-address": "public-ip",
  "ipv6-address": "ipv6",
  "host-id": "host",
  "dedicated-cluster-id": "cdc",
  "creation-start-time": "after",
  "creation-end-time": "before",
  "created-after": "after",
  "created-before": "before",
};

/** Every key the box accepts (for the help text and suggestions), plus the special `tag:`, `ip:`, `created:`. */
export const SEARCH_KEYS = [...Object.keys(KEYS), "tag", "ip", "created"];

/** Plain API times are China Standard Time (UTC+8, no DST); the console shows and reads times in UTC. */
const API_OFFSET_MS = 8 * 3_600_000;

/**
 * "2024-06-01" or "2024-06-01T08:30[:00]", read as UTC like every time the console shows, → the API's plain
 * "2024-06-01 08:00:00" (seed 10093's format, which is Beijing time). A bare date is the whole day.
 */
function toApiTime(value: string, edge: "start" | "end"): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
  if (!m) return "badDate";
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v)));
  const utc = Date.UTC(y!, mo! - 1, d!, h ?? 0, mi ?? 0, s ?? 0);
  const check = new Date(utc);
  if (check.getUTCMonth() !== mo! - 1 || check.getUTCDate() !== d || (h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) return "badDate";
  const at = utc + (h === undefined && edge === "end" ? 86_400_000 - 1000 : 0) + API_OFFSET_MS;
  return new Date(at).toISOString().slice(0, 19).replace("T", " ");
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^(?=.*:)[0-9a-f:]{2,39}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ZONE = /^[a-z]{2}-[a-z]+(?:-[a-z]+)?-\d{1,2}$/;

/** RFC 1918 and the carrier-grade range CVM uses for basic networks: those are private addresses. */
export function isPrivateIpv4(ip: string): boolean {
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}

/** What a bare word most likely is: an id by its prefix, an address by its shape, else part of a name. */
export function guessFilter(word: string): string {
  // Only whole ids: the API refuses a malformed one (InvalidInstanceId.Malformed), a partial one is a name.
  if (/^ins-[a-z0-9]{8}$/.test(word)) return "instance-id";
  if (IPV4.test(word)) return isPrivateIpv4(word) ? "private-ip-address" : "public-ip-address";
  if (UUID.test(word)) return "uuid";
  if (IPV6.test(word) && word.split(":").length > 2) return "ipv6-address";
  if (/^sg-[a-z0-9]{8}$/.test(word)) return "security-group-id";
  if (/^vpc-[a-z0-9]{8}$/.test(word)) return "vpc-id";
  if (/^subnet-[a-z0-9]{8}$/.test(word)) return "subnet-id";
  if (/^host-[a-z0-9]{8}$/.test(word)) return "host-id";
  if (ZONE.test(word)) return "zone";
  return "instance-name";
}

/** Splits on spaces outside double quotes; quotes are removed from values. */
export function tokenize(input: string): { tokens: string[]; unclosed: boolean } {
  const tokens: string[] = [];
  let current = "";
  let quoted = false;
  let started = false;
  for (const ch of input) {
    if (ch === '"') {
      quoted = !quoted;
      current += ch;
      started = true;
    } else if (/\s/.test(ch) && !quoted) {
      if (started) tokens.push(current);
      current = "";
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (started) tokens.push(current);
  return { tokens, unclosed: quoted };
}

const unquote = (v: string) => v.replace(/"/g, "");

/** Comma-separated values, each unquoted and trimmed; a comma inside quotes stays in the value. */
function splitValues(text: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "," && !quoted) {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  out.push(current.trim());
  return out.filter((v) => v !== "");
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}

function suggestKey(key: string): string | undefined {
  const candidates = [...SEARCH_KEYS, ...Object.keys(ALIASES)];
  let best: { key: string; d: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(key, c);
    if (d <= 2 && (!best || d < best.d)) best = { key: ALIASES[c] ?? c, d };
  }
  return best?.key;
}

type Parsed = { terms: SearchTerm[]; errors: SearchError[] };
const ok = (raw: string, filter: string, values: string[]): Parsed => ({ terms: [{ raw, filter, values, guessed: false }], errors: [] });
const fail = (...errors: SearchError[]): Parsed => ({ terms: [], errors });

function parseTag(token: string, rest: string): Parsed {
  const [key, ...valueParts] = rest.split("=");
  const tagKey = unquote(key).trim();
  if (!tagKey) return fail({ code: "badTag", token });
  // `tag:env` alone: instances that carry the key at all (seed: tag-key).
  if (valueParts.length === 0) return ok(token, "tag-key", [tagKey]);
  const values = splitValues(valueParts.join("="));
  if (values.length === 0) return fail({ code: "emptyValue", token, key: `tag:${tagKey}` });
  // seed 10083: "tag:tag-key" filters by a key/value pair, the key spelled inside the filter name.
  return ok(token, `tag:${tagKey}`, values);
}

function parseCreated(token: string, rest: string): Parsed {
  const [from, to, ...extra] = rest.split("..");
  if (extra.length > 0 || (to === undefined && !from)) return fail({ code: "badDate", token, value: rest });
  // `created:2024-06-01` alone means that whole day.
  const range = to === undefined ? [from, from] : [from, to];
  const terms: SearchTerm[] = [];
  const errors: SearchError[] = [];
  (["creation-start-time", "creation-end-time"] as const).forEach((filter, i) => {
    if (!range[i]) return;
    const value = toApiTime(range[i], i === 0 ? "start" : "end");
    if (value === "badDate") errors.push({ code: "badDate", token, value: range[i] });
    else terms.push({ raw: token, filter, values: [value], guessed: false });
  });
  // One token, up to two filters (start and end); a chip's × removes both.
  return errors.length ? fail(...errors) : { terms, errors };
}

function parseKeyed(token: string, rawKey: string, rest: string): Parsed {
  const key = rawKey.toLowerCase();
  if (key === "tag") return parseTag(token, rest);
  if (key === "created") return parseCreated(token, rest);
  const values = splitValues(rest);
  if (values.length === 0) return fail({ code: "emptyValue", token, key });
  if (key === "ip") {
    const filter = values.every((v) => IPV4.test(v) && isPrivateIpv4(v))
      ? "private-ip-address"
      : values.every((v) => IPV4.test(v))
        ? "public-ip-address"
        : "ipv6-address";
    return ok(token, filter, values);
  }
  const spec = KEYS[ALIASES[key] ?? key];
  if (!spec) return fail({ code: "unknownKey", token, key, suggestion: suggestKey(key) });
  const errors: SearchError[] = [];
  const out: string[] = [];
  for (const v of values) {
    const n = spec.normalise ? spec.normalise(v) : v;
    if (n === "badState" || n === "badChargeType" || n === "badProject" || n === "badDate") {
      errors.push({ code: n, token, key, value: v });
    } else out.push(n);
  }
  return errors.length ? fail(...errors) : ok(token, spec.filter, out);
}

/** Parses the whole box. Filters merge terms of the same filter; errors say which token is wrong and why. */
export function parseSearch(input: string): ParsedSearch {
  const { tokens, unclosed } = tokenize(input.trim());
  const terms: SearchTerm[] = [];
  const errors: SearchError[] = unclosed ? [{ code: "unclosedQuote", token: tokens[tokens.length - 1] ?? "" }] : [];
  for (const token of tokens) {
    const colon = token.indexOf(":");
    const keyPart = colon > 0 ? token.slice(0, colon) : "";
    // A key starts with a letter and has no quotes; "fe80::1" is an address, not the key "fe80".
    const keyed = colon > 0 && /^[a-z][a-z0-9-]*$/i.test(keyPart) && !(IPV6.test(token) && token.split(":").length > 2);
    if (keyed) {
      const parsed = parseKeyed(token, keyPart, token.slice(colon + 1));
      terms.push(...parsed.terms);
      errors.push(...parsed.errors);
    } else {
      const word = unquote(token);
      if (word) terms.push({ raw: token, filter: guessFilter(word), values: [word], guessed: true });
    }
  }
  const filters: Filter[] = [];
  for (const term of terms) {
    const existing = filters.find((f) => f.Name === term.filter);
    if (existing) {
      for (const v of term.values) if (!existing.Values.includes(v)) existing.Values.push(v);
    } else filters.push({ Name: term.filter, Values: [...term.values] });
  }
  for (const f of filters) {
    if (f.Values.length > MAX_VALUES) errors.push({ code: "tooManyValues", token: f.Name, key: f.Name, value: String(MAX_VALUES) });
  }
  if (filters.length > MAX_FILTERS) errors.push({ code: "tooManyFilters", token: "", value: String(MAX_FILTERS) });
  return { terms, filters, errors };
}

/** The box's text without one term (a chip's ×), keeping the rest as the user typed it. */
export function removeTerm(input: string, raw: string): string {
  const { tokens } = tokenize(input.trim());
  const index = tokens.indexOf(raw);
  if (index < 0) return input;
  return [...tokens.slice(0, index), ...tokens.slice(index + 1)].join(" ");
}

/** Appends `key:value` (quoted when needed) unless the box already says exactly that. */
export function addTerm(input: string, key: string, value: string): string {
  const v = /[\s,"]/.test(value) ? `"${value.replace(/"/g, "")}"` : value;
  const token = `${key}:${v}`;
  const { tokens } = tokenize(input.trim());
  return tokens.includes(token) ? input : [...tokens, token].join(" ");
}
