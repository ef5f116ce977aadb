// Filters.N of the catalogue queries (Filter structure, seed 36440–36479): several Filters are ANDed, the Values of
// one Filter are ORed. Each action documents its filter names and its limits.
import { ApiError } from "../../protocol/errors";

export interface FilterInput {
  Name?: string;
  Values?: string[];
}

export interface FilterRules {
  /** The names the action documents. */
  names: readonly string[];
  /** seed 20666 / 11330: "每次请求的Filters的上限为10". */
  maxFilters: number;
  /** seed 20666: Filter.Values ≤ 100 (DescribeZoneInstanceConfigInfos); seed 11330: ≤ 1 (DescribeInstanceTypeConfigs). */
  maxValues: number;
}

/** One list of accepted values per filter name; a name given twice keeps both lists (they are ANDed). */
export type ParsedFilters = Map<string, string[][]>;

/**
 * Checks Filters against the action's rules: an unknown name or a filter without values is InvalidFilter; too many
 * Filters is InvalidParameterValue.LimitExceeded; too many Values is InvalidFilterValue.LimitExceeded.
 */
export function parseFilters(filters: readonly FilterInput[] | undefined, rules: FilterRules): ParsedFilters {
  const out: ParsedFilters = new Map();
  if (!filters) return out;
  if (filters.length > rules.maxFilters) {
    throw new ApiError("InvalidParameterValue.LimitExceeded", {
      en: `At most ${rules.maxFilters} Filters can be specified per request; got ${filters.length}.`,
      zh: `每次请求的Filters的上限为${rules.maxFilters}，当前为${filters.length}。`,
    });
  }
  for (const [i, f] of filters.entries()) {
    const name = f.Name ?? "";
    if (!rules.names.includes(name)) {
      throw new ApiError("InvalidFilter", {
        en: `The filter \`${name}\` (Filters.${i}.Name) is not supported; supported filters: ${rules.names.join(", ")}.`,
        zh: `不支持的过滤器 \`${name}\`（Filters.${i}.Name），支持：${rules.names.join("、")}。`,
      });
    }
    const values = f.Values ?? [];
    if (values.length === 0) {
      throw new ApiError("InvalidFilter", { en: `Filters.${i}.Values must not be empty.`, zh: `Filters.${i}.Values 不能为空。` });
    }
    if (values.length > rules.maxValues) {
      throw new ApiError("InvalidFilterValue.LimitExceeded", {
        en: `Filter \`${name}\` accepts at most ${rules.maxValues} value(s); got ${values.length}.`,
        zh: `过滤器 \`${name}\` 的 Values 上限为${rules.maxValues}，当前为${values.length}。`,
      });
    }
    out.set(name, [...(out.get(name) ?? []), values]);
  }
  return out;
}

/** Whether `value` passes every filter of that name (no filter of the name = passes). */
export function matchesFilter(filters: ParsedFilters, name: string, value: string): boolean {
  return (filters.get(name) ?? []).every((values) => values.includes(value));
}

/** Every value mentioned under a name (for validating each one). */
export function filterValues(filters: ParsedFilters, name: string): string[] {
  return (filters.get(name) ?? []).flat();
}
