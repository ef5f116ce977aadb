import type { MessageKey, TranslateVars } from "@/lib/i18n/translate";

// The audit log's filters as they travel in the URL (the page, its "Older" links and the CSV export share them), and
// what they mean to the query. Pure, so the page, the filter form and the export route can share it. Bad input
// never throws: the field gets a message and that filter is left out, so a hand-edited link still shows a page.

export const AUDIT_RESULTS = ["ok", "error", "denied"] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

/** What listAudit filters on. Every field is optional; all given ones must match. */
export interface AuditFilter {
  /** A user's id, or null for entries without one (sign-ins by unknown emails). */
  userId?: string | null;
  /** One action name, e.g. "instance.rename". */
  action?: string;
  /** Every action of a prefix: "instance" matches instance.*. */
  actionGroup?: string;
  /** Substring of the target, case-insensitive (ASCII on SQLite, which only folds ASCII). */
  targetContains?: string;
  result?: AuditResult;
  /** Epoch ms, inclusive. */
  fromMs?: number;
  /** Epoch ms, exclusive. */
  toMs?: number;
}

export const FILTER_FIELDS = ["user", "action", "target", "result", "from", "to"] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
/** The filters as URL parameters (`user=system` means entries without a user). */
export type AuditFilterParams = Partial<Record<FilterField, string>>;
export type FilterErrors = Partial<Record<FilterField, { key: MessageKey; vars?: TranslateVars }>>;

export const SYSTEM_USER = "system";
export const TARGET_MAX = 200;
const DAY_MS = 86_400_000;
const ACTION = /^[A-Za-z][\w-]*(\.[\w-]+)*$/;
const ACTION_GROUP = /^([A-Za-z][\w-]*)\.\*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CURSOR = /^[0-9a-z]{1,64}$/;

type SearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: SearchParams, name: string): string {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

/** Midnight UTC of a YYYY-MM-DD day, or null when it is not a real date (2024-02-30). */
export function utcDayStart(text: string): number | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === text ? ms : null;
}

export interface ParsedAuditFilters {
  /** The filters that were understood: they are applied and carried into links. */
  params: AuditFilterParams;
  filter: AuditFilter;
  /** What the URL said, for the form to show back (including what was not understood). */
  raw: Record<FilterField, string>;
  errors: FilterErrors;
  /** The id of the last entry of the previous page, if a well-formed one was given. */
  before?: string;
}

export function parseAuditFilters(search: SearchParams): ParsedAuditFilters {
  const raw = Object.fromEntries(FILTER_FIELDS.map((f) => [f, read(search, f)])) as Record<FilterField, string>;
  const params: AuditFilterParams = {};
  const filter: AuditFilter = {};
  const errors: FilterErrors = {};

  if (raw.user) {
    // Ids are UUIDs; anything that could not be one is a mistake, not a user without entries.
    if (raw.user.length > 64) errors.user = { key: "audit.filter.badUser" };
    else {
      params.user = raw.user;
      filter.userId = raw.user === SYSTEM_USER ? null : raw.user;
    }
  }

  if (raw.action) {
    const group = ACTION_GROUP.exec(raw.action)?.[1];
    if (group) filter.actionGroup = group;
    else if (ACTION.test(raw.action) && raw.action.length <= 100) filter.action = raw.action;
    if (group || filter.action) params.action = raw.action;
    else errors.action = { key: "audit.filter.badAction", vars: { value: raw.action.slice(0, 40) } };
  }

  if (raw.target) {
    if (raw.target.length > TARGET_MAX) errors.target = { key: "audit.filter.targetTooLong", vars: { max: TARGET_MAX } };
    else params.target = filter.targetContains = raw.target;
  }

  if (raw.result) {
    if ((AUDIT_RESULTS as readonly string[]).includes(raw.result)) params.result = filter.result = raw.result as AuditResult;
    else errors.result = { key: "audit.filter.badResult", vars: { value: raw.result.slice(0, 40) } };
  }

  const from = raw.from ? utcDayStart(raw.from) : null;
  if (raw.from && from === null) errors.from = { key: "audit.filter.badDate", vars: { value: raw.from.slice(0, 40) } };
  else if (from !== null) {
    params.from = raw.from;
    filter.fromMs = from;
  }
  const to = raw.to ? utcDayStart(raw.to) : null;
  if (raw.to && to === null) errors.to = { key: "audit.filter.badDate", vars: { value: raw.to.slice(0, 40) } };
  else if (to !== null && from !== null && to < from) errors.to = { key: "audit.filter.toBeforeFrom" };
  else if (to !== null) {
    params.to = raw.to;
    filter.toMs = to + DAY_MS; // "to" is a whole day, inclusive
  }

  const before = read(search, "before");
  return { params, filter, raw, errors, ...(CURSOR.test(before) ? { before } : {}) };
}

/** The query string of these filters (and a page cursor), without empty parameters; "" when there are none. */
export function auditQuery(params: AuditFilterParams, before?: string): string {
  const search = new URLSearchParams();
  for (const field of FILTER_FIELDS) if (params[field]) search.set(field, params[field]);
  if (before) search.set("before", before);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The choices of the user and action selects. */
export interface AuditFilterOptions {
  users: { id: string; email: string }[];
  actionGroups: { group: string; actions: string[] }[];
}

/** Action names grouped by their prefix (the part before the first dot), groups and names sorted. */
export function groupActions(actions: readonly string[]): AuditFilterOptions["actionGroups"] {
  const groups = new Map<string, string[]>();
  for (const action of [...new Set(actions)].sort()) {
    const group = action.split(".")[0];
    groups.set(group, [...(groups.get(group) ?? []), action]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([group, names]) => ({ group, actions: names }));
}
