// Client-side sorting for lists the console loads whole (key pairs, templates, tasks, hosts ...). Not for the
// instance list: it pages on the server, so sorting one page there would pretend to be a sort of the fleet.

/** What a column sorts by: numbers compare as numbers, strings naturally ("v9" < "v10"); null, undefined, "" and NaN are empty. */
export type SortValue = string | number | null | undefined;
export type SortDirection = "asc" | "desc";
export type SortState = { column: string; direction: SortDirection } | null;

/** A header click cycles ascending → descending → the list's own order; another column starts at ascending. */
export function nextSort(current: SortState, column: string): SortState {
  if (current?.column !== column) return { column, direction: "asc" };
  return current.direction === "asc" ? { column, direction: "desc" } : null;
}

export const ariaSort = (state: SortState, column: string): "ascending" | "descending" | undefined =>
  state?.column === column ? (state.direction === "asc" ? "ascending" : "descending") : undefined;

const isEmpty = (v: SortValue): v is null | undefined | "" => v === null || v === undefined || v === "" || (typeof v === "number" && Number.isNaN(v));

const collators = new Map<string, Intl.Collator>();
function collator(locale: string | undefined): Intl.Collator {
  const key = locale ?? "";
  let c = collators.get(key);
  if (!c) {
    c = new Intl.Collator(locale, { numeric: true, sensitivity: "base" });
    collators.set(key, c);
  }
  return c;
}

/** Ascending order of two non-empty values; numbers before strings when a column mixes them. */
export function compareValues(a: string | number, b: string | number, locale?: string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return collator(locale).compare(a, b);
}

/**
 * A sorted copy. Empty values go last in both directions (an operator sorting by "created" wants dates, not blanks,
 * at the top); equal values keep the list's own order, so sorting twice is stable.
 */
export function sortRows<Row>(rows: readonly Row[], value: (row: Row) => SortValue, direction: SortDirection, locale?: string): Row[] {
  const sign = direction === "asc" ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, v: value(row) }));
  keyed.sort((x, y) => {
    const ex = isEmpty(x.v);
    const ey = isEmpty(y.v);
    if (ex || ey) return ex === ey ? x.index - y.index : ex ? 1 : -1;
    return sign * compareValues(x.v as string | number, y.v as string | number, locale) || x.index - y.index;
  });
  return keyed.map((k) => k.row);
}
