import { randomBytes } from "node:crypto";
import path from "node:path";
import { dataDir } from "@/server/config/paths";
import { readOrCreateSecretFile } from "./secret-file";

// No "server-only" here: scripts/prepare.ts (plain tsx) creates the key before the console starts.

export const KEY_BYTES = 32;

export function masterKeyFile(): string {
  return path.join(dataDir(), "master.key");
}

/**
 * The key that encrypts cloud secret keys at rest: CONSOLE_ENCRYPTION_KEY (base64 of 32 bytes) when set,
 * else `<dataDir>/master.key`, generated once. Losing it makes stored secret keys unreadable.
 */
export function loadMasterKey(): Buffer {
  const configured = process.env.CONSOLE_ENCRYPTION_KEY;
  const encoded = configured ?? readOrCreateSecretFile(masterKeyFile(), () => randomBytes(KEY_BYTES).toString("base64"));
  const key = Buffer.from(encoded.trim(), "base64");
  if (key.length !== KEY_BYTES) {
    // Never echo the value: it is the key.
    throw new Error(`${configured ? "CONSOLE_ENCRYPTION_KEY" : "master.key"} must be base64 of exactly ${KEY_BYTES} bytes`);
  }
  return key;
}
