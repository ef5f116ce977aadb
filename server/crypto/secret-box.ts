import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { loadMasterKey } from "./master-key";

// AES-256-GCM boxes for secrets at rest. Format: "v1:<iv b64url>:<tag b64url>:<ciphertext b64url>".
// The version prefix lets a future key rotation or algorithm change read old boxes.
// No "server-only" marker: the accounts store (which seals keys) may be used from tsx scripts; only the
// module that hands plain credentials to callers (accounts/credentials.ts) is marked.

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBoxError extends Error {
  constructor() {
    // Deliberately vague: the cause (wrong key, tampering, corruption) is not something to leak.
    super("Stored secret could not be decrypted (wrong encryption key or corrupted data)");
    this.name = "SecretBoxError";
  }
}

/** `aad` binds a box to its owner (e.g. the account id) so a box copied to another row fails to open. */
export function sealSecret(plain: string, aad = "", key: Buffer = loadMasterKey()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(":");
}

export function openSecret(box: string, aad = "", key: Buffer = loadMasterKey()): string {
  const parts = box.split(":");
  if (parts.length !== 4 || parts[0] !== VERSION) throw new SecretBoxError();
  const [iv, tag, data] = parts.slice(1).map((p) => Buffer.from(p, "base64url"));
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SecretBoxError();
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretBoxError();
  }
}
