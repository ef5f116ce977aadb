// Run before the console starts (by scripts/start.ts in-process, or `tsx scripts/prepare.ts`): creates the data
// folder, the auth secret and the master key, migrates the database and bootstraps the first admin.
// Plain tsx: nothing imported here may `import "server-only"`.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import type { Kysely } from "kysely";
import { ensureAuthSecret } from "../server/auth/secret";
import { dataDir } from "../server/config/paths";
import { loadMasterKey } from "../server/crypto/master-key";
import { openDatabase } from "../server/db/connection";
import { ValidationError } from "../server/db/errors";
import type { Database } from "../server/db/schema";
import { countUsers, createUser } from "../server/users/store";

export const DEFAULT_ADMIN_EMAIL = "admin@localhost";

export interface PrepareResult {
  dataDir: string;
  authSecret: string;
  adminCreated: boolean;
}

type Log = (line: string) => void;

/**
 * Creates the first admin when there are no users: ADMIN_EMAIL / ADMIN_PASSWORD when set, else admin@localhost
 * with a random password printed once (it is never stored in clear, so it cannot be shown again).
 */
export async function bootstrapAdmin(db: Kysely<Database>, env: Record<string, string | undefined> = process.env, log: Log = console.log): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const email = env.ADMIN_EMAIL?.trim() || DEFAULT_ADMIN_EMAIL;
  const given = env.ADMIN_PASSWORD;
  const password = given || randomBytes(18).toString("base64url");
  try {
    await createUser({ email, name: "Administrator", password, role: "admin" }, db);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    // Another process bootstrapping at the same moment won the race: its admin stands.
    if (error.fieldErrors.email && (await countUsers(db)) > 0) return false;
    const problems = Object.entries(error.fieldErrors).map(([field, message]) => `${field === "password" ? "ADMIN_PASSWORD" : field === "email" ? "ADMIN_EMAIL" : field}: ${message}`);
    throw new Error(`Cannot create the first admin: ${problems.join("; ")}`);
  }
  if (given) log(`Created the first admin ${email} with the password from ADMIN_PASSWORD.`);
  else log(`Sign in as ${email} with password ${password} (shown once; change it in Settings → Users)`);
  return true;
}

export async function prepareConsole({ env = process.env, log = console.log }: { env?: Record<string, string | undefined>; log?: Log } = {}): Promise<PrepareResult> {
  const dir = dataDir();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const authSecret = ensureAuthSecret();
  loadMasterKey(); // creates <dataDir>/master.key now rather than at the first saved cloud account
  // Its own connection, closed before returning: the caller goes on to start Next, which opens its own.
  const { db } = await openDatabase();
  try {
    const adminCreated = await bootstrapAdmin(db, env, log);
    return { dataDir: dir, authSecret, adminCreated };
  } finally {
    await db.destroy();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  prepareConsole().then(
    () => undefined,
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
