import { randomBytes } from "node:crypto";
import path from "node:path";
import { dataDir } from "@/server/config/paths";
import { readOrCreateSecretFile } from "@/server/crypto/secret-file";

// No "server-only": scripts/prepare.ts (plain tsx) calls this and hands the value to the Next process
// as NEXTAUTH_SECRET.

export function authSecretFile(): string {
  return path.join(dataDir(), "auth-secret");
}

/** NEXTAUTH_SECRET when set, else `<dataDir>/auth-secret`, generated once (0600). */
export function ensureAuthSecret(): string {
  return process.env.NEXTAUTH_SECRET || readOrCreateSecretFile(authSecretFile(), () => randomBytes(32).toString("base64url"));
}
