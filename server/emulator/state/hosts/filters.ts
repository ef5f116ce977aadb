// Filters.N of DescribeHosts, DescribeChcHosts and DescribeHpcClusters (Filter structure, seed 36440–36479):
// several Filters are ANDed, the Values of one Filter are ORed. Each action documents its filter names, its
// limits ("每次请求的Filters的上限为10，Filter.Values的上限为5", seed 22227 / 35390) and its own error codes, so the
// codes are passed in. The tag filters (tag-key, tag-value, tag:<key>) work on any resource with Tags.
import { ApiError } from "../../protocol/errors";
import type { Tag } from "../instances/tags";

export interface FilterInput {
  Name?: string;
  Values?: string[];
}

/** One documented filter: how a value is checked, and whether a resource matches one value. */
export interface FilterDef<R> {
  check?: (value: string) => void;
  matches: (rec: R, value: string) => boolean;
}

export interface FilterRules<R> {
  defs: Record<string, FilterDef<R>>;
  /** The resource's tags, when the action documents tag-key, tag-value and tag:<key>. */
  tagsOf?: (rec: R) => readonly Tag[];
  maxFilters: number;
  maxValues: number;
  /** The codes this action documents for an unknown name, too many Filters, too many Values, no Values. */
  codes: { unknown: string; tooManyFilters: string; tooManyValues: string; noValues: string };
}

const TAG_FILTERS = ["tag-key", "tag-value"];

/** A predicate for the Filters (all must pass), or the action's error for the first bad filter. */
export function compileFilters<R>(filters: readonly FilterInput[] | undefined, rules: FilterRules<R>): (rec: R) => boolean {
  if (!filters?.length) return () => true;
  if (filters.length > rules.maxFilters) {
    throw new ApiError(rules.codes.tooManyFilters, {
      en: `At most ${rules.maxFilters} Filters per request; got ${filters.length}.`,
      zh: `每次请求的Filters的上限为${rules.maxFilters}，当前为${filters.length}。`,
    });
  }
  const tests = filters.map((f, i) => compileOne(f, i, rules));
  return (rec) => tests.every((t) => t(rec));
}

function compileOne<R>(f: FilterInput, i: number, rules: FilterRules<R>): (rec: R) => boolean {
  const name = f.Name ?? "";
  const values = f.Values ?? [];
  const tagName = rules.tagsOf && (TAG_FILTERS.includes(name) || (name.startsWith("tag:") && name.length > 4));
  const def = Object.hasOwn(rules.defs, name) ? rules.defs[name] : undefined;
  if (!def && !tagName) {
    const known = [...Object.keys(rules.defs), ...(rules.tagsOf ? [...TAG_FILTERS, "tag:<key>"] : [])];
    throw new ApiError(rules.codes.unknown, {
      en: `The filter \`${name}\` (Filters.${i}.Name) is not supported; supported: ${known.join(", ")}.`,
      zh: `不支持的过滤器 \`${name}\`（Filters.${i}.Name），支持：${known.join("、")}。`,
    });
  }
  if (values.length === 0) throw new ApiError(rules.codes.noValues, { en: `Filters.${i}.Values must not be empty.`, zh: `Filters.${i}.Values 不能为空。` });
  if (values.length > rules.maxValues) {
    throw new ApiError(rules.codes.tooManyValues, {
      en: `Filter \`${name}\` accepts at most ${rules.maxValues} values; got ${values.length}.`,
      zh: `过滤器 \`${name}\` 的 Values 上限为${rules.maxValues}，当前为${values.length}。`,
    });
  }
  if (def) {
    for (const v of values) def.check?.(v);
    return (rec) => values.some((v) => def.matches(rec, v));
  }
  const tagsOf = rules.tagsOf!;
  if (name === "tag-key") return (rec) => tagsOf(rec).some((t) => values.includes(t.Key));
  if (name === "tag-value") return (rec) => tagsOf(rec).some((t) => values.includes(t.Value));
  const key = name.slice(4);
  return (rec) => tagsOf(rec).some((t) => t.Key === key && values.includes(t.Value));
}

export interface Page {
  offset: number;
  limit: number;
}

/**
 * Offset (default 0) and Limit (default 20, 1–`max`) as the Describe* actions document them; `badOffset` and
 * `badLimit` are the action's codes for a value out of range.
 */
export function parsePage(offset: number | undefined, limit: number | undefined, codes: { badOffset: string; badLimit: string }, max = 100): Page {
  const o = offset ?? 0;
  const l = limit ?? 20;
  if (o < 0) throw new ApiError(codes.badOffset, { en: `Offset must be 0 or more; got ${o}.`, zh: `Offset 不能小于0，当前为${o}。` });
  if (l < 1 || l > max) throw new ApiError(codes.badLimit, { en: `Limit must be 1–${max}; got ${l}.`, zh: `Limit 取值范围为1–${max}，当前为${l}。` });
  return { offset: o, limit: l };
}
