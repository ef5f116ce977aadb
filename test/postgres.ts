import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type DatabaseEngine, type OpenedDatabase } from "@/server/db/connection";

/** Both engines every store test runs on: `describe.each(TEST_ENGINES)("users on %s", ...)`. */
export const TEST_ENGINES: DatabaseEngine[] = ["sqlite", "postgres"];

export interface TestDatabase extends OpenedDatabase {
  /** The URL or file it was opened from, to open a second connection to the same database. */
  url: string;
  close: () => Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject("postgresUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated, empty database on the given engine; close() removes it. */
export async function openTestDatabase(engine: DatabaseEngine): Promise<TestDatabase> {
  if (engine === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cvm-console-sqlite-"));
    const url = path.join(dir, "console.db");
    const opened = await openDatabase(url);
    return {
      ...opened,
      url,
      close: async () => {
        await opened.db.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(inject("postgresUrl"));
  url.pathname = `/${name}`;
  const opened = await openDatabase(url.toString());
  return {
    ...opened,
    url: url.toString(),
    close: async () => {
      await opened.db.destroy();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
