// Test support only (never imported by runtime code): checks an object against a data structure of the seed
// (seed 35829 on), by member names and JS types, using the committed catalogue generated from the seed.
import specs from "../structure-specs.json";

interface Member {
  name: string;
  type: string;
}

const BY_NAME = new Map<string, Member[]>(Object.entries(specs.structures).map(([name, s]) => [name, s.members]));
const file = "server/emulator/catalog/structure-specs.json";

export function seedMembers(structure: string): Member[] {
  const m = BY_NAME.get(structure);
  if (!m) throw new Error(`no structure ${structure} in ${file}`);
  return m;
}

function typeError(value: unknown, type: string, where: string, complete: ReadonlySet<string>): string[] {
  if (type.startsWith("Array of ")) {
    if (!Array.isArray(value)) return [`${where}: expected an array, got ${JSON.stringify(value)}`];
    return value.flatMap((v, i) => typeError(v, type.slice("Array of ".length), `${where}[${i}]`, complete));
  }
  if (type === "String" || type.startsWith("Timestamp")) return typeof value === "string" ? [] : [`${where}: expected a string`];
  if (type === "Integer") return Number.isInteger(value) ? [] : [`${where}: expected an integer, got ${String(value)}`];
  if (type === "Float") return typeof value === "number" && Number.isFinite(value) ? [] : [`${where}: expected a number`];
  if (type === "Boolean") return typeof value === "boolean" ? [] : [`${where}: expected a boolean`];
  if (BY_NAME.has(type)) return shapeErrors(value, type, { complete, where });
  return [`${where}: unknown member type ${type}`];
}

/**
 * Every problem of `value` as the structure: unknown keys, wrong JS types, and (for structures named in `complete`,
 * the top one included by default) missing members.
 */
export function shapeErrors(
  value: unknown,
  structure: string,
  opts: { complete?: ReadonlySet<string>; where?: string } = {},
): string[] {
  const where = opts.where ?? structure;
  const complete = opts.complete ?? new Set([structure]);
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [`${where}: expected an object`];
  const members = seedMembers(structure);
  const names = new Set(members.map((m) => m.name));
  const errors = Object.keys(value)
    .filter((k) => !names.has(k))
    .map((k) => `${where}.${k}: not a member of ${structure}`);
  for (const m of members) {
    const v = (value as Record<string, unknown>)[m.name];
    if (v === undefined) {
      if (complete.has(structure)) errors.push(`${where}.${m.name}: missing`);
      continue;
    }
    errors.push(...typeError(v, m.type, `${where}.${m.name}`, complete));
  }
  return errors;
}
