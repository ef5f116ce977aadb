import type { JWT } from "next-auth/jwt";
import { isRole, type Role } from "@/lib/roles";

// Session lifetime rules, kept free of next-auth and the database so they can be tested directly.
// - idle: the JWT (and cookie) expire IDLE_TIMEOUT_S after the last session refresh (next-auth re-issues
//   the token on every /api/auth/session call, which slides the window);
// - absolute: a session ends ABSOLUTE_LIFETIME_MS after sign-in however active it is;
// - freshness: role, name and disabled state are re-read from the database at least every RECHECK_MS.

export const IDLE_TIMEOUT_S = 30 * 60;
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const RECHECK_MS = 60 * 1000;

export interface TokenUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled?: boolean;
}

export type LoadTokenUser = (id: string) => Promise<TokenUser | null>;

/** Ends a session: thrown from the jwt callback (see options.ts for why throwing, not returning null). */
export class SessionEndedError extends Error {
  constructor(readonly reason: "expired" | "revoked" | "invalid") {
    super(`Session ended (${reason})`);
    this.name = "SessionEndedError";
  }
}

export function startSessionToken(token: JWT, user: TokenUser, now: number): JWT {
  return { ...token, sub: user.id, id: user.id, email: user.email, name: user.name, role: user.role, loginAt: now, checkedAt: now };
}

/** For the proxy, which only sees the token: signed in, and within the absolute lifetime. */
export function isTokenWithinLifetime(token: JWT | null, now: number): boolean {
  return !!token && typeof token.id === "string" && typeof token.loginAt === "number" && now - token.loginAt < ABSOLUTE_LIFETIME_MS && token.loginAt <= now + 60_000;
}

/** The token to keep, refreshed from the database when stale; throws SessionEndedError to end the session. */
export async function refreshSessionToken(token: JWT, loadUser: LoadTokenUser, now: number): Promise<JWT> {
  if (typeof token.id !== "string" || typeof token.loginAt !== "number") throw new SessionEndedError("invalid");
  if (!isTokenWithinLifetime(token, now)) throw new SessionEndedError("expired");
  if (typeof token.checkedAt === "number" && now - token.checkedAt < RECHECK_MS && now >= token.checkedAt) return token;
  const user = await loadUser(token.id);
  if (!user || user.disabled || !isRole(user.role)) throw new SessionEndedError("revoked");
  return { ...token, email: user.email, name: user.name, role: user.role, checkedAt: now };
}
