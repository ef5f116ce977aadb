import { invalidParameter } from "./errors";

type Node = Map<string, Node | string>;

/**
 * Turns form-style params into the nested shape a JSON body has:
 * `Filters.0.Name=zone&Filters.0.Values.0=ap-guangzhou-1` → `{ Filters: [{ Name: "zone", Values: ["ap-guangzhou-1"] }] }`.
 * A level whose keys are all digits becomes an array; indexes start at 0 and must have no gaps
 * (seed 3946–3948: "Ids.0=…&Ids.1=…，以此类推（以下标 0 开始）"). Leaves stay strings; the
 * parameter validator converts them to the documented types.
 */
export function unflatten(flat: Record<string, string>): Record<string, unknown> {
  const root: Node = new Map();
  for (const [key, value] of Object.entries(flat)) {
    const segments = key.split(".");
    if (segments.some((s) => s === "")) throw invalidParameter(`Malformed parameter name \`${key}\`.`);
    let node = root;
    segments.forEach((segment, i) => {
      const last = i === segments.length - 1;
      const existing = node.get(segment);
      if (last) {
        if (existing !== undefined) throw invalidParameter(`Parameter \`${key}\` conflicts with another parameter.`);
        node.set(segment, value);
      } else if (existing === undefined) {
        const child: Node = new Map();
        node.set(segment, child);
        node = child;
      } else if (typeof existing === "string") {
        throw invalidParameter(`Parameter \`${key}\` conflicts with \`${segments.slice(0, i + 1).join(".")}\`.`);
      } else {
        node = existing;
      }
    });
  }
  return toValue(root, "") as Record<string, unknown>;
}

function toValue(node: Node | string, path: string): unknown {
  if (typeof node === "string") return node;
  const keys = [...node.keys()];
  if (path !== "" && keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    const indexes = keys.map(Number).sort((a, b) => a - b);
    if (indexes.some((n, i) => n !== i)) throw invalidParameter(`Indexes of \`${path}\` must start at 0 without gaps.`);
    return indexes.map((i) => toValue(node.get(String(i))!, `${path}.${i}`));
  }
  // Object.fromEntries defines own properties, so a key such as "__proto__" stays a plain (unknown) key.
  return Object.fromEntries(keys.map((k) => [k, toValue(node.get(k)!, path ? `${path}.${k}` : k)]));
}
