import fs from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { dataDir } from "@/server/config/paths";
import { migrateToLatest } from "./migrate";
import type { Database } from "./schema";

export type DatabaseEngine = "sqlite" | "postgres";
export interface OpenedDatabase {
  db: Kysely<Database>;
  engine: DatabaseEngine;
}

const INT8_OID = 20;

function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

function openPostgres(url: string): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Per-pool parser (not pg.types.setTypeParser, which is process-global): our bigint columns hold
    // epoch milliseconds, far below 2^53, so a JS number is exact.
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
    },
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

function sqliteFile(url: string | undefined): string {
  if (!url) return path.join(dataDir(), "console.db");
  if (url === ":memory:") return url;
  return url.replace(/^(sqlite|file):(\/\/)?/i, "");
}

function openSqlite(file: string): Kysely<Database> {
  const isNew = file !== ":memory:" && !fs.existsSync(file);
  if (isNew) fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const database = new BetterSqlite3(file);
  // Password hashes and sealed keys live here: owner-only (SQLite gives -wal/-shm files the same mode).
  if (isNew) fs.chmodSync(file, 0o600);
  // WAL lets the prepare script, the Next server and readers work side by side; the busy timeout turns
  // brief lock contention into a wait instead of SQLITE_BUSY.
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("busy_timeout = 5000");
  database.pragma("foreign_keys = ON");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

/**
 * Opens a new, migrated connection. `url`: a postgres:// URL, a SQLite file path (optionally `sqlite:`/`file:`
 * prefixed) or ":memory:"; when absent, DATABASE_URL, else `<dataDir>/console.db`.
 */
export async function openDatabase(url: string | undefined = process.env.DATABASE_URL || undefined): Promise<OpenedDatabase> {
  const engine: DatabaseEngine = url && isPostgresUrl(url) ? "postgres" : "sqlite";
  const db = engine === "postgres" ? openPostgres(url!) : openSqlite(sqliteFile(url));
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, engine };
}

// On globalThis so Next's dev server, which re-evaluates modules on every edit, keeps one pool per process.
const holder = globalThis as typeof globalThis & { __cvmConsoleDb?: Promise<OpenedDatabase> };

/** The process-wide database, opened and migrated on first use. */
export async function getDb(): Promise<Kysely<Database>> {
  if (!holder.__cvmConsoleDb) {
    holder.__cvmConsoleDb = openDatabase().catch((error: unknown) => {
      holder.__cvmConsoleDb = undefined; // let the next call retry, e.g. once Postgres is up
      throw error;
    });
  }
  return (await holder.__cvmConsoleDb).db;
}

/** Closes the process-wide database (scripts and tests); the next getDb() opens it again. */
export async function closeDb(): Promise<void> {
  const opened = holder.__cvmConsoleDb;
  holder.__cvmConsoleDb = undefined;
  if (opened) await (await opened.catch(() => undefined))?.db.destroy();
}
