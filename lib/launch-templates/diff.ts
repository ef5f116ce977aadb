// A field-by-field comparison of two launch template versions (LaunchTemplateVersionData, seed 33648–34006).
// Nested objects become dotted paths ("SystemDisk.DiskSize"), arrays are indexed ("DataDisks.0.DiskType") except
// arrays of scalars, which compare as one sorted list (SecurityGroupIds order carries no meaning). Empty values
// (undefined, null, "", []) are "not set", so a field that one version omits and the other leaves empty is equal.

export type DiffKind = "same" | "changed" | "added" | "removed";
export interface DiffRow {
  path: string;
  a: string | null;
  b: string | null;
  kind: DiffKind;
}

const isScalar = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);

/** `{ a: { b: 1 }, c: [2, 1] }` → `{ "a.b": "1", "c": "1, 2" }`; secrets (Password) are masked. */
export function flattenTemplateData(data: unknown, prefix = "", out: Record<string, string> = {}): Record<string, string> {
  if (data === undefined || data === null || data === "") return out;
  if (Array.isArray(data)) {
    if (data.length === 0) return out;
    if (data.every(isScalar)) {
      out[prefix] = data.map(String).sort().join(", ");
      return out;
    }
    data.forEach((item, i) => flattenTemplateData(item, prefix ? `${prefix}.${i}` : String(i), out));
    return out;
  }
  if (typeof data === "object") {
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) flattenTemplateData(v, prefix ? `${prefix}.${k}` : k, out);
    return out;
  }
  // A template may carry a login password (LoginSettings.Password); the console never shows it.
  out[prefix] = /(^|\.)Password$/.test(prefix) ? "••••••" : String(data);
  return out;
}

/** Bookkeeping, not configuration: every version has its own ClientToken, so comparing it says nothing. */
const NOT_COMPARED = new Set(["ClientToken"]);

/** Every path of either version, sorted, with its kind; `changedOnly` drops the equal ones. */
export function diffTemplateData(a: unknown, b: unknown, changedOnly = false): DiffRow[] {
  const fa = flattenTemplateData(a);
  const fb = flattenTemplateData(b);
  for (const key of NOT_COMPARED) {
    delete fa[key];
    delete fb[key];
  }
  const paths = [...new Set([...Object.keys(fa), ...Object.keys(fb)])].sort((x, y) => x.localeCompare(y));
  const rows = paths.map((path): DiffRow => {
    const va = fa[path] ?? null;
    const vb = fb[path] ?? null;
    const kind: DiffKind = va === vb ? "same" : va === null ? "added" : vb === null ? "removed" : "changed";
    return { path, a: va, b: vb, kind };
  });
  return changedOnly ? rows.filter((r) => r.kind !== "same") : rows;
}
