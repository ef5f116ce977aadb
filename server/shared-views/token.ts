import "server-only";
import { createHash, randomBytes } from "node:crypto";

// A shared view's link carries 256 random bits (base64url, 43 characters). Only its SHA-256 is stored: a token is
// unguessable, so a plain hash (no salt, no slow KDF) is enough to make a leaked table useless.

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newShareToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The stored form of a token; null for anything that cannot be a token (no lookup is made for it). */
export function hashShareToken(token: string): string | null {
  return TOKEN_SHAPE.test(token) ? createHash("sha256").update(token).digest("hex") : null;
}
