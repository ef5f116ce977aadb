import type { Kysely } from "kysely";
import { recordAudit } from "@/server/audit/log";
import { getDb } from "@/server/db/connection";
import type { Database } from "@/server/db/schema";
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from "@/server/users/password";
import { findUserRow, recordLogin, toUserView } from "@/server/users/store";
import { loginThrottle, type LoginThrottle } from "./login-throttle";
import type { TokenUser } from "./token";

/** next-auth turns this message into `?error=TooManyAttempts` for the login page. */
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";

export interface AuthorizeDeps {
  db?: Kysely<Database>;
  throttle?: LoginThrottle;
  now?: number;
}

/**
 * The Credentials provider's authorize(): the user on success, null on any failure (unknown email, wrong
 * password, disabled), so the login page can only say "invalid email or password".
 */
export async function authorizeCredentials(
  credentials: Record<string, unknown> | undefined,
  { db, throttle = loginThrottle, now = Date.now() }: AuthorizeDeps = {},
): Promise<TokenUser | null> {
  const email = typeof credentials?.email === "string" ? credentials.email.trim().toLowerCase() : "";
  const password = typeof credentials?.password === "string" ? credentials.password : "";
  if (!email || !password || email.length > 254 || password.length > 1024) return null;
  const database = db ?? (await getDb());

  if (throttle.isBlocked(email, now)) {
    await recordAudit({ userId: null, action: "auth.login", target: email, detail: { reason: "throttled" }, result: "denied" }, database);
    throw new Error(TOO_MANY_ATTEMPTS);
  }

  const row = await findUserRow(email, database);
  // Always run scrypt, even for an unknown email, so timing does not reveal which accounts exist.
  const passwordOk = await verifyPassword(password, row?.password_hash ?? (await dummyPasswordHash()));
  const user = row ? toUserView(row) : null;
  if (!user || !passwordOk || user.disabled) {
    throttle.recordFailure(email, now);
    const reason = !user ? "unknown email" : !passwordOk ? "wrong password" : "disabled";
    await recordAudit({ userId: user?.id ?? null, action: "auth.login", target: email, detail: { reason }, result: "denied" }, database);
    return null;
  }

  throttle.reset(email);
  await recordLogin(user.id, now, database);
  if (needsRehash(row!.password_hash)) {
    // Upgrade old hashes while we hold the plain password; a failure here must not block the sign-in.
    const upgraded = await hashPassword(password);
    await database.updateTable("users").set({ password_hash: upgraded }).where("id", "=", user.id).execute().catch(() => undefined);
  }
  await recordAudit({ userId: user.id, action: "auth.login", target: email, result: "ok" }, database);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** Loads what the jwt callback needs to keep a session alive. */
export async function loadTokenUser(id: string, db?: Kysely<Database>): Promise<TokenUser | null> {
  const row = await (db ?? (await getDb())).selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toUserView(row) : null;
}
