// OpenSSH keys on the wire (RFC 4253 §6.6, RFC 4251 §5): CreateKeyPair makes a real RSA pair, ImportKeyPair
// checks the public key it is given. The seed speaks of "OpenSSH RSA" keys only (seed 28772, 29894) and shows the
// private key as PKCS#1 PEM ("-----BEGIN RSA PRIVATE KEY-----", seed 28896).
import { createPublicKey, generateKeyPair } from "node:crypto";
import { promisify } from "node:util";

const generate = promisify(generateKeyPair);

/** The key size CreateKeyPair makes; imports need at least MIN_RSA_BITS (OpenSSH's own minimum) and at most 16384. */
export const RSA_BITS = 2048;
export const MIN_RSA_BITS = 1024;
export const MAX_RSA_BITS = 16384;

function sshString(bytes: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(bytes.length);
  return Buffer.concat([len, bytes]);
}

/** An unsigned big-endian integer as an SSH mpint: no leading zeros, one 0x00 when the top bit is set. */
function mpint(unsigned: Buffer): Buffer {
  let i = 0;
  while (i < unsigned.length - 1 && unsigned[i] === 0) i++;
  const trimmed = unsigned.subarray(i);
  return sshString(trimmed[0] & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

export interface GeneratedKeyPair {
  /** "ssh-rsa AAAA… <comment>" */
  publicKey: string;
  /** PKCS#1 PEM, ending in a newline. */
  privateKey: string;
}

/** A new RSA key pair in OpenSSH form (async: generating 2048 bits takes tens of ms). */
export async function generateOpenSshRsaKeyPair(comment: string): Promise<GeneratedKeyPair> {
  const { publicKey, privateKey } = await generate("rsa", { modulusLength: RSA_BITS });
  const jwk = publicKey.export({ format: "jwk" });
  const blob = Buffer.concat([sshString(Buffer.from("ssh-rsa")), mpint(Buffer.from(jwk.e!, "base64url")), mpint(Buffer.from(jwk.n!, "base64url"))]);
  return {
    publicKey: `ssh-rsa ${blob.toString("base64")} ${comment}`,
    privateKey: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
  };
}

export interface ParsedPublicKey {
  type: "ssh-rsa";
  bits: number;
  /** "ssh-rsa AAAA…" without the comment. */
  body: string;
  comment: string;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Reads SSH wire fields from a blob; throws on a short read. */
function reader(blob: Buffer) {
  let offset = 0;
  return {
    next(): Buffer {
      if (offset + 4 > blob.length) throw new Error("truncated length");
      const len = blob.readUInt32BE(offset);
      offset += 4;
      if (offset + len > blob.length) throw new Error("truncated field");
      const field = blob.subarray(offset, offset + len);
      offset += len;
      return field;
    },
    done: () => offset === blob.length,
  };
}

/** A positive mpint's magnitude (a negative or zero-padded one is not canonical). */
function positive(field: Buffer, name: string): Buffer {
  if (field.length === 0 || field[0] & 0x80) throw new Error(`${name} is not a positive integer`);
  if (field[0] === 0 && (field.length === 1 || !(field[1] & 0x80))) throw new Error(`${name} has a superfluous leading zero`);
  return field[0] === 0 ? field.subarray(1) : field;
}

/** Parses "ssh-rsa <base64> [comment]"; returns what is wrong with it as a string. */
export function parseOpenSshPublicKey(text: string): ParsedPublicKey | string {
  const parts = text.trim().split(/\s+/);
  if (parts.length < 2) return "expected \"ssh-rsa <base64 key> [comment]\"";
  const [type, data, ...comment] = parts;
  if (type !== "ssh-rsa") return `the key type must be ssh-rsa (OpenSSH RSA), got "${type.slice(0, 40)}"`;
  if (!BASE64.test(data) || data.length % 4 !== 0) return "the key data is not base64";
  const blob = Buffer.from(data, "base64");
  try {
    const r = reader(blob);
    if (r.next().toString("latin1") !== "ssh-rsa") throw new Error("the key data is not an ssh-rsa key");
    const e = positive(r.next(), "the exponent");
    const n = positive(r.next(), "the modulus");
    if (!r.done()) throw new Error("trailing bytes after the key");
    const bits = n.length * 8 - Math.clz32(n[0]) + 24;
    if (bits < MIN_RSA_BITS || bits > MAX_RSA_BITS) throw new Error(`an RSA key of ${bits} bits (must be ${MIN_RSA_BITS}–${MAX_RSA_BITS})`);
    if (!(e[e.length - 1] & 1) || (e.length === 1 && e[0] < 3)) throw new Error("the exponent must be odd and at least 3");
    // The crypto library must accept it as a key too.
    createPublicKey({ key: { kty: "RSA", n: n.toString("base64url"), e: e.toString("base64url") }, format: "jwk" });
    return { type: "ssh-rsa", bits, body: `ssh-rsa ${data}`, comment: comment.join(" ") };
  } catch (error) {
    return (error as Error).message;
  }
}
