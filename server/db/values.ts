import { randomUUID } from "node:crypto";
import { PostgresAdapter, type Kysely } from "kysely";
import type { Database } from "./schema";

// Small conversions shared by the stores so both engines read back the same JS values.

export function newId(): string {
  return randomUUID();
}

/** Epoch ms from a bigint column (a number, or a string if a driver ever returns one). */
export function toMs(value: number | string | bigint): number {
  return Number(value);
}

export function toIso(value: number | string | bigint | null): string | null {
  return value === null ? null : new Date(toMs(value)).toISOString();
}

export function toBool(value: number | string | boolean): boolean {
  return value === true || Number(value) === 1;
}

export function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** True for a unique-constraint violation on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string } | null;
  return e?.code === "23505" || e?.code === "SQLITE_CONSTRAINT_UNIQUE";
}
