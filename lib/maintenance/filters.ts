import { REPAIR_PRODUCTS, TASK_STATUSES, TASK_TYPES } from "./codes";
import { TASK_WINDOWS, type TaskFilters } from "./schemas";

// The maintenance list's filters <-> the page URL (?status=1,4&type=101&product=CVM&q=web&days=30). Anything
// malformed is dropped, never trusted. Default: tasks waiting for authorisation or reserved, last 30 days.

export const DEFAULT_TASK_FILTERS: TaskFilters = { status: [1, 4], types: [], product: "", q: "", days: 30 };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function get(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

const ints = (text: string | undefined, allowed: readonly number[]) =>
  (text ?? "")
    .split(",")
    .map(Number)
    .filter((n, i, all) => allowed.includes(n) && all.indexOf(n) === i);

export function readTaskFilters(params: Params): TaskFilters {
  const status = get(params, "status");
  const days = Number(get(params, "days"));
  const product = get(params, "product") ?? "";
  const q = (get(params, "q") ?? "").trim().slice(0, 60);
  return {
    // "all" is an explicit empty filter; absent means the default.
    status: status === undefined ? DEFAULT_TASK_FILTERS.status : status === "all" ? [] : ints(status, TASK_STATUSES),
    types: ints(get(params, "type"), TASK_TYPES),
    product: (REPAIR_PRODUCTS as readonly string[]).includes(product) ? product : "",
    q,
    days: (TASK_WINDOWS as readonly number[]).includes(days) ? days : DEFAULT_TASK_FILTERS.days,
  };
}

export function taskFiltersToSearch(f: TaskFilters): URLSearchParams {
  const s = new URLSearchParams();
  s.set("status", f.status.length ? f.status.join(",") : "all");
  if (f.types.length) s.set("type", f.types.join(","));
  if (f.product) s.set("product", f.product);
  if (f.q) s.set("q", f.q);
  s.set("days", String(f.days));
  return s;
}
