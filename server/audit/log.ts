import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { getDb } from "@/server/db/connection";
import type { Database } from "@/server/db/schema";
import { toIso } from "@/server/db/values";
import { auditWhere } from "./filter-sql";
import type { AuditFilter, AuditResult } from "@/lib/audit/filters";

// Who did what, newest first. Detail is JSON with secret-looking keys redacted, so a careless caller
// cannot write a password or secret key into the trail.

export type { AuditFilter, AuditResult };

export interface AuditInput {
  userId: string | null;
  action: string;
  target?: string | null;
  detail?: Record<string, unknown> | null;
  result: AuditResult;
}

export interface AuditEntry {
  id: string;
  at: string;
  userId: string | null;
  userEmail: string | null;
  action: string;
  target: string | null;
  detail: Record<string, unknown> | null;
  result: string;
}

type Db = Kysely<Database>;

const SECRET_KEY = /pass(word)?|secret_?key|secretkey|token|credential|private|^key$/i;
const MAX_DETAIL_CHARS = 8_000;

function redact(value: unknown, depth = 0): unknown {
  if (depth > 5) return "[…]";
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? "[redacted]" : redact(v, depth + 1)]));
  }
  return value;
}

function serialiseDetail(detail: Record<string, unknown> | null | undefined): string | null {
  if (!detail) return null;
  const json = JSON.stringify(redact(detail));
  return json.length > MAX_DETAIL_CHARS ? JSON.stringify({ truncated: true, preview: json.slice(0, MAX_DETAIL_CHARS) }) : json;
}

// Ids sort like time: 13-digit ms, a per-ms counter, then randomness for entries from other processes.
// Only [0-9a-z] at fixed width, so every collation (SQLite binary, Postgres locale) orders them alike.
let lastMs = 0;
let seq = 0;
export function auditId(at: number): string {
  seq = at === lastMs ? seq + 1 : 0;
  lastMs = at;
  return String(at).padStart(13, "0") + seq.toString(36).padStart(4, "0") + randomBytes(4).toString("hex");
}

export async function recordAudit(input: AuditInput, db?: Db): Promise<void> {
  const at = Date.now();
  await (db ?? (await getDb()))
    .insertInto("audit_log")
    .values({
      id: auditId(at),
      at,
      user_id: input.userId,
      action: input.action,
      target: input.target ?? null,
      detail: serialiseDetail(input.detail),
      result: input.result,
    })
    .execute();
}

/** A row's detail; one that is not a JSON object (written by hand, say) shows as none rather than failing the page. */
function parseDetail(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export interface ListAuditOptions {
  limit?: number;
  /** The id of the last entry of the previous page: ids sort like time, so paging is stable while entries arrive. */
  before?: string;
  filter?: AuditFilter;
}

/** Newest first, filtered (see filter-sql.ts); at most 500 a call. */
export async function listAudit({ limit = 50, before, filter = {} }: ListAuditOptions = {}, db?: Db): Promise<AuditEntry[]> {
  const rows = await (db ?? (await getDb()))
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.user_id")
    .select(["a.id", "a.at", "a.user_id", "u.email", "a.action", "a.target", "a.detail", "a.result"])
    .where((eb) => auditWhere(eb, filter))
    .$if(before !== undefined, (q) => q.where("a.id", "<", before!))
    .orderBy("a.id", "desc")
    .limit(Math.min(Math.max(1, Math.trunc(limit) || 50), 500))
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: toIso(r.at)!,
    userId: r.user_id,
    userEmail: r.email,
    action: r.action,
    target: r.target,
    detail: parseDetail(r.detail),
    result: r.result,
  }));
}

/** Every page of a filtered log, newest first, `pageSize` entries at a time (the CSV export). */
export async function* iterateAudit(filter: AuditFilter, pageSize = 500, db?: Db): AsyncGenerator<AuditEntry[]> {
  let before: string | undefined;
  for (;;) {
    const page = await listAudit({ limit: pageSize, before, filter }, db);
    if (page.length) yield page;
    if (page.length < pageSize) return;
    before = page[page.length - 1].id;
  }
}

/** The action names in the log, sorted (for the filter's choices: only names that can match something). */
export async function listAuditActions(db?: Db): Promise<string[]> {
  const rows = await (db ?? (await getDb())).selectFrom("audit_log").select("action").distinct().orderBy("action").execute();
  return rows.map((r) => r.action);
}
