import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

// scrypt with the cost in the hash string, so the default can rise later and old hashes still verify:
//   scrypt$ln=15,r=8,p=3$<salt b64url>$<key b64url>
// N=2^15, r=8, p=3 is one of OWASP's equivalent scrypt settings and needs 32 MiB, not 128 MiB like
// N=2^17, p=1, which matters when several people sign in at once on a small machine.
// Under vitest (NODE_ENV=test) the default is cheap so store tests stay fast; explicit params still work.

export interface ScryptParams {
  ln: number;
  r: number;
  p: number;
}

const PRODUCTION: ScryptParams = { ln: 15, r: 8, p: 3 };
const TEST: ScryptParams = { ln: 10, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function defaultParams(): ScryptParams {
  return process.env.NODE_ENV === "test" ? TEST : PRODUCTION;
}

function derive(password: string, salt: Buffer, { ln, r, p }: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** ln, r, p, maxmem: 2 * 128 * r * 2 ** ln + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string, params: ScryptParams = defaultParams()): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params);
  return `scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

function parseHash(hash: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const match = /^scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(hash);
  if (!match) return null;
  const params = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  // Bounds keep a corrupted or planted row from making one login allocate gigabytes.
  if (params.ln < 1 || params.ln > 20 || params.r < 1 || params.r > 32 || params.p < 1 || params.p > 16) return null;
  return { params, salt: Buffer.from(match[4], "base64url"), key: Buffer.from(match[5], "base64url") };
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const parsed = parseHash(hash);
  if (!parsed || parsed.key.length !== KEY_BYTES) return false;
  const key = await derive(password, parsed.salt, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

/** True when a hash was made with weaker settings than today's default (worth re-hashing at next login). */
export function needsRehash(hash: string): boolean {
  const parsed = parseHash(hash);
  const want = defaultParams();
  return !parsed || parsed.params.ln < want.ln || parsed.params.r < want.r || parsed.params.p < want.p;
}

// A real hash of a random password: verifying against it when the email is unknown costs the same time
// as a real check, so response timing does not reveal which emails exist.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}
