// OpenSSH RSA public key checks for ImportKeyPair (seed 29894: "密钥对的公钥内容，OpenSSH RSA 格式"), run in the
// browser as the user types and again in the server action. Pure and dependency-free (no Buffer: the browser has
// none). The cloud still has the last word (InvalidPublicKey.Malformed / .Duplicate).
import type { MessageKey } from "@/lib/i18n/translate";

/** OpenSSH refuses RSA keys under 1024 bits; 16384 is the largest ssh-keygen makes. */
export const MIN_RSA_BITS = 1024;
export const MAX_RSA_BITS = 16384;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export type PublicKeyCheck = { ok: true; bits: number; comment: string } | { ok: false; error: MessageKey };

function decodeBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Reads the SSH wire format's length-prefixed fields (RFC 4253 §6.6). */
function fields(blob: Uint8Array): Uint8Array[] | null {
  const out: Uint8Array[] = [];
  let at = 0;
  while (at < blob.length) {
    if (at + 4 > blob.length) return null;
    const len = ((blob[at] << 24) | (blob[at + 1] << 16) | (blob[at + 2] << 8) | blob[at + 3]) >>> 0;
    at += 4;
    if (at + len > blob.length) return null;
    out.push(blob.subarray(at, at + len));
    at += len;
  }
  return out;
}

/** A positive mpint without a superfluous leading zero; its magnitude bytes. */
function magnitude(field: Uint8Array): Uint8Array | null {
  if (field.length === 0 || field[0] & 0x80) return null;
  if (field[0] === 0 && (field.length === 1 || !(field[1] & 0x80))) return null;
  return field[0] === 0 ? field.subarray(1) : field;
}

/** "ssh-rsa <base64> [comment]" with a well-formed RSA key of 1024–16384 bits. */
export function checkPublicKey(text: string): PublicKeyCheck {
  const parts = text.trim().split(/\s+/);
  if (parts.length < 2 || parts[0] === "") return { ok: false, error: "keyPairs.publicKey.format" };
  const [type, data, ...comment] = parts;
  if (type !== "ssh-rsa") return { ok: false, error: "keyPairs.publicKey.notRsa" };
  if (!BASE64.test(data) || data.length % 4 !== 0) return { ok: false, error: "keyPairs.publicKey.base64" };
  const parsed = fields(decodeBase64(data));
  if (!parsed || parsed.length === 0) return { ok: false, error: "keyPairs.publicKey.corrupt" };
  const [name, e, n] = parsed;
  if (String.fromCharCode(...name) !== "ssh-rsa") return { ok: false, error: "keyPairs.publicKey.notRsa" };
  if (parsed.length !== 3) return { ok: false, error: "keyPairs.publicKey.corrupt" };
  const exponent = magnitude(e);
  const modulus = magnitude(n);
  if (!exponent || !modulus) return { ok: false, error: "keyPairs.publicKey.corrupt" };
  if (!(exponent[exponent.length - 1] & 1) || (exponent.length === 1 && exponent[0] < 3)) return { ok: false, error: "keyPairs.publicKey.corrupt" };
  const bits = modulus.length * 8 - (Math.clz32(modulus[0]) - 24);
  if (bits < MIN_RSA_BITS || bits > MAX_RSA_BITS) return { ok: false, error: "keyPairs.publicKey.size" };
  return { ok: true, bits, comment: comment.join(" ") };
}
