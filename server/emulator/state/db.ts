import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";

export type SqliteDb = Database.Database;

// Schema version 1. Resources are opaque JSON documents keyed by (account, region, kind, id); the rowid keeps
// creation order so lists come back in the order resources were made, also after a restart.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS resources (
  account TEXT NOT NULL,
  region  TEXT NOT NULL,
  kind    TEXT NOT NULL,
  id      TEXT NOT NULL,
  data    TEXT NOT NULL,
  PRIMARY KEY (account, region, kind, id)
);
CREATE TABLE IF NOT EXISTS client_tokens (
  account    TEXT NOT NULL,
  region     TEXT NOT NULL,
  token      TEXT NOT NULL,
  action     TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  response   TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (account, region, token)
);
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '1');
`;

/**
 * Opens (creating if needed) the emulator's own SQLite file. WAL + synchronous=FULL: a transaction that has
 * returned is on disk, so a write acknowledged to a client survives kill -9 or a power cut.
 */
export function openDatabase(file: string): SqliteDb {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  db.exec(SCHEMA);
  return db;
}
