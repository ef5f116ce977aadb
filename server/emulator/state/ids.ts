import { randomInt } from "node:crypto";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * A resource id in Tencent's style: `<prefix>-` and 8 characters of [a-z0-9]
 * (seed 10925: "类似ins-xxxxxxxx，字母x代表小写字符或数字").
 */
export function newId(prefix: string): string {
  let suffix = "";
  for (let i = 0; i < 8; i++) suffix += ALPHABET[randomInt(ALPHABET.length)];
  return `${prefix}-${suffix}`;
}

/** A fresh id that `taken` does not already know (collisions are rare but cheap to rule out). */
export function newUniqueId(prefix: string, taken: (id: string) => boolean): string {
  for (;;) {
    const id = newId(prefix);
    if (!taken(id)) return id;
  }
}

/** Whether `id` is well formed for `prefix` (for the *.Malformed errors of later actions). */
export function isWellFormedId(prefix: string, id: string): boolean {
  return id.length === prefix.length + 9 && id.startsWith(`${prefix}-`) && /^[a-z0-9]{8}$/.test(id.slice(-8));
}
