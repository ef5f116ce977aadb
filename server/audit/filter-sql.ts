import { sql, type ExpressionBuilder, type Expression, type SqlBool } from "kysely";
import type { Database } from "@/server/db/schema";
import type { AuditFilter } from "@/lib/audit/filters";

// An AuditFilter as one SQL condition, the same text on SQLite and Postgres. Indexes (migration 0005) serve the
// selective filters walked newest-first: (user_id, id), (action, id), (result, id), and at for a time range.
// "Target contains" cannot use a b-tree index (a leading %): it scans newest-first and stops once a page is full.

type Eb = ExpressionBuilder<Database & { a: Database["audit_log"] }, "a">;

/** `value` as a LIKE pattern that matches it literally: \ % _ escaped with a backslash (ESCAPE '\' below). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

// SQLite has no default LIKE escape character and Postgres' default may be changed: say it on both.
// lower() on both sides: SQLite's LIKE folds ASCII case and Postgres' does not; this makes both case-insensitive.
function likeLower(column: Expression<string | null>, pattern: string) {
  return sql<SqlBool>`lower(${column}) like lower(${pattern}) escape '\\'`;
}

export function auditWhere(eb: Eb, filter: AuditFilter): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  if (filter.userId === null) conditions.push(eb("a.user_id", "is", null));
  else if (filter.userId !== undefined) conditions.push(eb("a.user_id", "=", filter.userId));
  if (filter.action !== undefined) conditions.push(eb("a.action", "=", filter.action));
  // Case matters for action names (ours, camelCase), and LIKE folds case on SQLite only: compare the prefix exactly.
  if (filter.actionGroup !== undefined) {
    const prefix = `${filter.actionGroup}.`;
    conditions.push(eb(sql`substr(${eb.ref("a.action")}, 1, ${sql.lit(prefix.length)})`, "=", prefix));
  }
  if (filter.targetContains) conditions.push(likeLower(eb.ref("a.target"), `%${escapeLike(filter.targetContains)}%`));
  if (filter.result !== undefined) conditions.push(eb("a.result", "=", filter.result));
  if (filter.fromMs !== undefined) conditions.push(eb("a.at", ">=", filter.fromMs));
  if (filter.toMs !== undefined) conditions.push(eb("a.at", "<", filter.toMs));
  return eb.and(conditions);
}
