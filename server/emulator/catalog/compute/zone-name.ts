// Helpers over zone strings. Zones are taken as input, never listed here: a zone is "<region>-<n>"
// (seed 20600: "可用区形如：ap-guangzhou-1"), e.g. "ap-guangzhou-3" → region "ap-guangzhou", number 3.

/** The region part of a zone ("ap-shanghai-fsi-2" → "ap-shanghai-fsi"); a string without "-<n>" is returned as is. */
export function regionOfZone(zone: string): string {
  return zone.replace(/-\d+$/, "");
}

/** The zone's number ("ap-guangzhou-3" → 3), or 0 when the string does not end in "-<n>". */
export function zoneNumber(zone: string): number {
  const m = /-(\d+)$/.exec(zone);
  return m ? Number(m[1]) : 0;
}

/**
 * A stable 32-bit FNV-1a hash. Availability and stock are derived from it so that any zone string gets the
 * same answer on every run and on every machine (no Math.random, no clock).
 */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A stable number in [0, 1) for a key: `stableHash` scaled. */
export function stableFraction(key: string): number {
  return stableHash(key) / 0x1_0000_0000;
}
