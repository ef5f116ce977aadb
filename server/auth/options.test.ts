import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import NextAuth, { getServerSession } from "next-auth";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/server/db/connection";
import { createUser, updateUser } from "@/server/users/store";
import { authOptions } from "./options";
import { ABSOLUTE_LIFETIME_MS, RECHECK_MS } from "./token";

// Drives the real next-auth 4 request handler with our options, as /api/auth/* and getServerSession do.

const SECRET = randomBytes(32).toString("base64url");
const COOKIE = "next-auth.session-token";
const options = { ...authOptions, secret: SECRET };
const saved = { DATA_DIR: process.env.DATA_DIR, NEXTAUTH_URL: process.env.NEXTAUTH_URL };
let dir: string;
let userId: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cvm-console-options-"));
  process.env.DATA_DIR = dir;
  process.env.NEXTAUTH_URL = "http://127.0.0.1:3000";
  await createUser({ email: "admin@example.com", name: "Admin", password: "admin password 1", role: "admin" });
  userId = (await createUser({ email: "op@example.com", name: "Op", password: "operator password", role: "operator" })).id;
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  await closeDb();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

// A minimal pages-API req/res pair: next-auth's public entry points (NextAuth(req, res, options) and
// getServerSession(req, res, options)) run the same core handler as the App Router route.
function mockResponse() {
  const headers = new Map<string, unknown>();
  const out = { status: 200, location: undefined as string | undefined, body: undefined as unknown };
  const res = {
    status(code: number) {
      out.status = code;
      return res;
    },
    setHeader(name: string, value: unknown) {
      headers.set(name.toLowerCase(), value);
      if (name.toLowerCase() === "location") out.location = String(value);
      return res;
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    end: () => undefined,
    json: (body: unknown) => void (out.body = body),
    send: (body: unknown) => void (out.body = body),
  };
  const sessionCookie = () => ([] as string[]).concat((headers.get("set-cookie") as string[]) ?? []).find((c) => c.startsWith(`${COOKIE}=`));
  return { res, out, sessionCookie };
}

function cookieValue(setCookie: string): string {
  return decodeURIComponent(setCookie.slice(COOKIE.length + 1).split(";")[0]);
}

function cookieExpires(setCookie: string): number {
  return Date.parse(/Expires=([^;]+)/i.exec(setCookie)![1]);
}

const HEADERS = { host: "127.0.0.1:3000" };

async function signIn(email: string, password: string) {
  const csrf = randomBytes(16).toString("hex");
  const csrfCookie = `${csrf}|${createHash("sha256").update(`${csrf}${SECRET}`).digest("hex")}`;
  const { res, out, sessionCookie } = mockResponse();
  const req = {
    method: "POST",
    query: { nextauth: ["callback", "credentials"] },
    body: { email, password, csrfToken: csrf },
    cookies: { "next-auth.csrf-token": csrfCookie },
    headers: HEADERS,
  };
  await NextAuth(req as never, res as never, options);
  return { out, session: sessionCookie() };
}

async function getSession(token: string) {
  const { res, sessionCookie } = mockResponse();
  const body = (await getServerSession({ headers: HEADERS, cookies: { [COOKIE]: token } } as never, res as never, options)) as { user?: { id: string; role: string } } | null;
  return { body, cookie: sessionCookie() };
}

describe("authOptions with next-auth's handler", () => {
  it("signs in with email and password and exposes id and role in the session", async () => {
    const { session } = await signIn("OP@example.com", "operator password");
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const { body } = await getSession(cookieValue(session!));
    expect(body?.user).toEqual({ id: userId, email: "op@example.com", name: "Op", role: "operator" });
  });

  it("rejects a wrong password with the generic CredentialsSignin error, on the login page", async () => {
    const { out, session } = await signIn("op@example.com", "not the password");
    expect(session).toBeUndefined();
    expect(out.location).toMatch(/\/api\/auth\/error\?error=CredentialsSignin/);
    // ...which next-auth forwards (via /api/auth/signin) to our login page.
    const follow = async (action: string, error: string) => {
      const { res, out: hop } = mockResponse();
      await NextAuth({ method: "GET", query: { nextauth: [action], error }, cookies: {}, headers: HEADERS } as never, res as never, options);
      return hop.location;
    };
    expect(await follow("error", "CredentialsSignin")).toMatch(/\/api\/auth\/signin\?error=CredentialsSignin/);
    expect(await follow("signin", "CredentialsSignin")).toMatch(/^\/login\?callbackUrl=.*&error=CredentialsSignin$/);
    // Other errors (e.g. the throttle's TooManyAttempts) go straight to pages.error = /login.
    expect(await follow("error", "TooManyAttempts")).toBe("/login?error=TooManyAttempts");
  });

  it("slides a 30 min idle window: each refresh re-issues the cookie 30 min ahead", async () => {
    const { session } = await signIn("op@example.com", "operator password");
    const { cookie } = await getSession(cookieValue(session!));
    const expiresIn = cookieExpires(cookie!) - Date.now();
    expect(expiresIn).toBeGreaterThan(29 * 60 * 1000);
    expect(expiresIn).toBeLessThanOrEqual(30 * 60 * 1000);
  });

  it("applies a role change and ends the session of a disabled user after the 60 s recheck", async () => {
    const { session } = await signIn("op@example.com", "operator password");
    await updateUser(userId, { role: "viewer" });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + RECHECK_MS + 1000);
    const refreshed = await getSession(cookieValue(session!));
    expect(refreshed.body?.user?.role).toBe("viewer");

    await updateUser(userId, { disabled: true });
    vi.setSystemTime(Date.now() + RECHECK_MS + 1000);
    const ended = await getSession(cookieValue(refreshed.cookie!));
    expect(ended.body).toBeNull();
    // The session cookie is cleared, not re-issued.
    expect(cookieValue(ended.cookie!)).toBe("");
    await updateUser(userId, { disabled: false, role: "operator" });
  });

  it("ends a session 12 h after sign-in even when it was kept active", async () => {
    const { session } = await signIn("op@example.com", "operator password");
    let token = cookieValue(session!);
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.now();
    for (let at = start + 20 * 60 * 1000; at < start + ABSOLUTE_LIFETIME_MS; at += 20 * 60 * 1000) {
      vi.setSystemTime(at);
      const { cookie, body } = await getSession(token);
      expect(body?.user?.id).toBe(userId);
      token = cookieValue(cookie!);
    }
    vi.setSystemTime(start + ABSOLUTE_LIFETIME_MS + 1000);
    expect((await getSession(token)).body).toBeNull();
  });
});
