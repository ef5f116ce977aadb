// An audit entry's detail JSON as "key: value" lines an admin can read: nested objects flatten to dotted keys
// (nested.password), arrays of plain values join with commas, arrays of objects get an index (disks[0].size).
// Values were redacted when the entry was written; "[redacted]" is marked so the page can show it as such.

export type DetailPair = { key: string; value: string; kind: "text" | "empty" | "redacted" };

const REDACTED = "[redacted]";

function isPlain(value: unknown): value is string | number | boolean | null {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

export function detailPairs(detail: Record<string, unknown>, max = 40): { pairs: DetailPair[]; more: number } {
  const pairs: DetailPair[] = [];
  let more = 0;
  const push = (pair: DetailPair) => (pairs.length < max ? pairs.push(pair) : more++);
  const walk = (value: unknown, key: string): void => {
    if (value === REDACTED) push({ key, value, kind: "redacted" });
    else if (value === null || value === undefined || value === "") push({ key, value: value === "" ? '""' : "null", kind: "empty" });
    else if (Array.isArray(value)) {
      if (value.length === 0) push({ key, value: "[]", kind: "empty" });
      else if (value.every(isPlain)) push({ key, value: value.map(String).join(", "), kind: "text" });
      else value.forEach((v, i) => walk(v, `${key}[${i}]`));
    } else if (typeof value === "object") {
      const entries = Object.entries(value);
      if (entries.length === 0) push({ key, value: "{}", kind: "empty" });
      for (const [k, v] of entries) walk(v, key ? `${key}.${k}` : k);
    } else push({ key, value: String(value), kind: "text" });
  };
  walk(detail, "");
  return { pairs, more };
}
