"use client";

import { Fragment, useState, type HTMLAttributes, type ReactNode, type TdHTMLAttributes } from "react";
import { useLocale, useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/cn";
import { ariaSort, nextSort, sortRows, type SortState, type SortValue } from "@/lib/table/sort-rows";
import { Table, TBody, Td, Th, THead, Tr } from "./table";

type DataAttributes = { [key: `data-${string}`]: string | number | boolean | undefined };

export interface Column<Row> {
  id: string;
  header: ReactNode;
  /** null, undefined, false or "" renders the table's one empty mark (a muted dash). */
  cell: (row: Row) => ReactNode;
  /** Makes the header a sort button; the whole loaded list is sorted, so only for lists the client holds entirely. */
  sortValue?: (row: Row) => SortValue;
  align?: "left" | "right";
  /** Width class for the column (w-8, w-1/4), set on its header cell. */
  width?: string;
  /** Classes of the body cells. */
  className?: string;
  /** Header tooltip, for columns whose heading needs a word of explanation. */
  title?: string;
  /** Attributes of one body cell: the tooltip of a truncated value, data-* the e2e specs read. */
  cellProps?: (row: Row) => TdHTMLAttributes<HTMLTableCellElement> & DataAttributes;
}

export interface DataTableProps<Row> {
  /** `false` entries are skipped, so a column can depend on a permission inline. */
  columns: ReadonlyArray<Column<Row> | false>;
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** The row's own attributes (data-testid, data-id, data-name, className): the e2e specs depend on them. */
  rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement> & DataAttributes;
  /** Trailing, right-aligned actions column; rendered only when given. */
  actions?: (row: Row) => ReactNode;
  /** A full-width row under a row (its details), or null/false while it is closed. */
  detail?: (row: Row) => ReactNode;
  /** Rows after the data rows, never sorted (a totals row). */
  footer?: ReactNode;
  /** Narrower cell padding, for tables with many columns (see Th/Td). */
  dense?: boolean;
  testId: string;
}

const EMPTY = <span className="text-muted">—</span>;
const isBlank = (node: ReactNode) => node === null || node === undefined || node === "" || node === false;

/** The resource pages' table: columns as data, natural client-side sorting, one way to render actions and blanks. */
export function DataTable<Row>({ columns, rows, rowKey, rowProps, actions, detail, footer, dense, testId }: DataTableProps<Row>) {
  const t = useT();
  const locale = useLocale();
  const [sort, setSort] = useState<SortState>(null);
  const cols = columns.filter((c): c is Column<Row> => c !== false);
  const sortBy = sort && cols.find((c) => c.id === sort.column)?.sortValue;
  // Column definitions are rebuilt every render, so there is nothing stable to memoise on; a few hundred rows sort in well under a millisecond.
  const shown = sort && sortBy ? sortRows(rows, sortBy, sort.direction, locale) : rows;
  const span = cols.length + (actions ? 1 : 0);
  return (
    <Table data-testid={testId}>
      <THead>
        <tr>
          {cols.map((c) => (
            <Th key={c.id} dense={dense} className={cn(c.align === "right" && "text-right", c.width)} title={c.title} aria-sort={c.sortValue ? ariaSort(sort, c.id) : undefined}>
              {c.sortValue ? (
                <button
                  type="button"
                  onClick={() => setSort(nextSort(sort, c.id))}
                  title={c.title ? undefined : t("table.sortHint")}
                  className={cn("group inline-flex items-center gap-1 hover:text-fg", sort?.column === c.id && "text-fg")}
                  data-testid={`${testId}-sort-${c.id}`}
                >
                  {c.header}
                  <span aria-hidden className={cn("text-[10px]", sort?.column !== c.id && "opacity-0 group-hover:opacity-50")}>
                    {sort?.column === c.id && sort.direction === "desc" ? "▼" : "▲"}
                  </span>
                </button>
              ) : (
                c.header
              )}
            </Th>
          ))}
          {actions && <Th dense={dense} className="text-right">{t("common.actions")}</Th>}
        </tr>
      </THead>
      <TBody>
        {shown.map((row) => {
          const more = detail?.(row);
          return (
            <Fragment key={rowKey(row)}>
              <Tr {...rowProps?.(row)}>
                {cols.map((c) => {
                  const content = c.cell(row);
                  return (
                    <Td key={c.id} dense={dense} className={cn(c.align === "right" && "text-right", c.className)} {...c.cellProps?.(row)}>
                      {isBlank(content) ? EMPTY : content}
                    </Td>
                  );
                })}
                {actions && <Td dense={dense} className="text-right whitespace-nowrap">{actions(row)}</Td>}
              </Tr>
              {!isBlank(more) && (
                <tr className="bg-subtle/40">
                  <td colSpan={span}>{more}</td>
                </tr>
              )}
            </Fragment>
          );
        })}
        {footer}
      </TBody>
    </Table>
  );
}
