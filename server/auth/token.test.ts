import type { JWT } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import {
  ABSOLUTE_LIFETIME_MS,
  isTokenWithinLifetime,
  RECHECK_MS,
  refreshSessionToken,
  SessionEndedError,
  startSessionToken,
  type TokenUser,
} from "./token";

const T0 = Date.UTC(2030, 0, 1, 8, 0, 0);
const alice: TokenUser = { id: "u1", email: "alice@example.com", name: "Alice", role: "operator" };

function signedIn(): JWT {
  return startSessionToken({ name: "x" }, alice, T0);
}

async function endReason(promise: Promise<unknown>): Promise<string | null> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(SessionEndedError);
  return (error as SessionEndedError).reason;
}

describe("session token rules", () => {
  it("records who signed in and when", () => {
    expect(signedIn()).toMatchObject({ sub: "u1", id: "u1", role: "operator", email: "alice@example.com", loginAt: T0, checkedAt: T0 });
  });

  it("does not touch the database within 60 s of the last check", async () => {
    const load = vi.fn(async () => alice);
    const token = signedIn();
    expect(await refreshSessionToken(token, load, T0 + RECHECK_MS - 1)).toBe(token);
    expect(load).not.toHaveBeenCalled();
  });

  it("re-reads the user after 60 s and applies a role change", async () => {
    const load = vi.fn(async () => ({ ...alice, role: "viewer" as const, name: "Alice B" }));
    const next = await refreshSessionToken(signedIn(), load, T0 + RECHECK_MS);
    expect(load).toHaveBeenCalledWith("u1");
    expect(next).toMatchObject({ role: "viewer", name: "Alice B", checkedAt: T0 + RECHECK_MS, loginAt: T0 });
  });

  it("ends the session of a disabled or deleted user at the next check", async () => {
    expect(await endReason(refreshSessionToken(signedIn(), async () => ({ ...alice, disabled: true }), T0 + RECHECK_MS))).toBe("revoked");
    expect(await endReason(refreshSessionToken(signedIn(), async () => null, T0 + RECHECK_MS))).toBe("revoked");
  });

  it("ends every session 12 h after sign-in, even an active one", async () => {
    const load = vi.fn(async () => alice);
    let token = signedIn();
    // Active all day: refreshed every 10 minutes.
    for (let at = T0; at < T0 + ABSOLUTE_LIFETIME_MS; at += 10 * 60 * 1000) token = await refreshSessionToken(token, load, at);
    expect(await endReason(refreshSessionToken(token, load, T0 + ABSOLUTE_LIFETIME_MS))).toBe("expired");
    expect(isTokenWithinLifetime(token, T0 + ABSOLUTE_LIFETIME_MS - 1)).toBe(true);
    expect(isTokenWithinLifetime(token, T0 + ABSOLUTE_LIFETIME_MS)).toBe(false);
  });

  it("rejects tokens without our fields (e.g. from before these rules)", async () => {
    expect(await endReason(refreshSessionToken({ sub: "u1" }, async () => alice, T0))).toBe("invalid");
    expect(isTokenWithinLifetime(null, T0)).toBe(false);
    expect(isTokenWithinLifetime({ id: "u1" }, T0)).toBe(false);
  });
});
