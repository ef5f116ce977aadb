import { COLUMNS, type ColumnId } from "./columns";
import type { InstanceRow } from "./instance-view";
import type { SortDir } from "./list-params";

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/**
 * Sorts one page of rows (stable: ties keep the API's order). DescribeInstances has no sort parameter, so a
 * sort across every page would mean fetching them all; the UI says this sort applies to the page shown.
 */
export function sortRows<R extends InstanceRow>(rows: readonly R[], sort: ColumnId | null, dir: SortDir): R[] {
  const key = sort ? COLUMNS[sort].sort : undefined;
  if (!key) return [...rows];
  const sign = dir === "desc" ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, k: key(row) }))
    .sort((a, b) => {
      const c = typeof a.k === "number" && typeof b.k === "number" ? a.k - b.k : collator.compare(String(a.k), String(b.k));
      return c !== 0 ? sign * c : a.index - b.index;
    })
    .map((x) => x.row);
}
