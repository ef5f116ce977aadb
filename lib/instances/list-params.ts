import { COLUMNS, isColumnId, type ColumnId } from "./columns";

// The list's state lives in the URL, so a view can be shared and the back button walks through searches.
// Defaults are left out of the URL: `/instances` is page 1, 50 rows, this region, API order.

export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 50;
export const MAX_QUERY_LENGTH = 1000;

export type Scope = "region" | "all";
export type SortDir = "asc" | "desc";

export type ListParams = {
  /** The search box's text (lib/instances/search-syntax.ts). */
  q: string;
  page: number;
  size: PageSize;
  scope: Scope;
  /** Sorts the rows of the current page only: DescribeInstances has no sort parameter. */
  sort: ColumnId | null;
  dir: SortDir;
};

export const DEFAULT_LIST_PARAMS: ListParams = { q: "", page: 1, size: DEFAULT_PAGE_SIZE, scope: "region", sort: null, dir: "asc" };

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function read(source: ParamSource, key: string): string | undefined {
  if (source instanceof URLSearchParams) return source.get(key) ?? undefined;
  const value = source[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Anything malformed falls back to its default: a hand-edited URL never breaks the page. */
export function readListParams(source: ParamSource): ListParams {
  const q = (read(source, "q") ?? "").slice(0, MAX_QUERY_LENGTH);
  const page = Number(read(source, "page"));
  const size = Number(read(source, "size"));
  const sort = read(source, "sort");
  return {
    q,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : DEFAULT_PAGE_SIZE,
    scope: read(source, "scope") === "all" ? "all" : "region",
    sort: isColumnId(sort) && COLUMNS[sort].sort ? sort : null,
    dir: read(source, "dir") === "desc" ? "desc" : "asc",
  };
}

/** The query string for `params` (without "?"), defaults omitted, keys in a stable order. */
export function toQueryString(params: ListParams): string {
  const out = new URLSearchParams();
  if (params.q.trim()) out.set("q", params.q.trim());
  if (params.scope === "all") out.set("scope", "all");
  if (params.page > 1) out.set("page", String(params.page));
  if (params.size !== DEFAULT_PAGE_SIZE) out.set("size", String(params.size));
  if (params.sort) {
    out.set("sort", params.sort);
    if (params.dir === "desc") out.set("dir", "desc");
  }
  return out.toString();
}

/** What identifies the rows fetched: everything but the in-page sort. Used in query keys and the API. */
export function fetchParams({ q, page, size, scope }: ListParams): { q: string; page: number; size: PageSize; scope: Scope } {
  return { q: q.trim(), page, size, scope };
}
