"use client";

import { useCallback, useMemo, useRef, useState, type SyntheticEvent } from "react";
import { useT } from "@/lib/i18n/provider";
import { COLUMNS, type ColumnId } from "@/lib/instances/columns";
import type { InstanceRow } from "@/lib/instances/instance-view";
import type { SortDir } from "@/lib/instances/list-params";
import type { Density } from "@/lib/instances/density";
import type { LiveStatus } from "@/lib/status/types";
import { cn } from "@/lib/cn";
import { InstanceRowView, type RowOps } from "./instance-row";
import { withLive } from "@/lib/instances/with-live";
import { InstanceBatchBar } from "./operations-slot";

type Props = {
  rows: InstanceRow[];
  columns: readonly ColumnId[];
  density: Density;
  live: ReadonlyMap<string, LiveStatus>;
  sort: ColumnId | null;
  dir: SortDir;
  onSort: (column: ColumnId) => void;
  /** Checkboxes, row actions and the batch bar: operators and admins only (null for viewers). */
  ops: RowOps;
  /** Selection belongs to one listing: a new search, page or scope starts with nothing selected. */
  selectionKey: string;
  /** A newer page is loading: the rows shown are the previous ones. */
  stale: boolean;
};

const EMPTY = new Set<string>();

/** The instance row an event happened in. */
function rowIdOf(event: SyntheticEvent): string | null {
  const tr = (event.target as HTMLElement).closest?.("tr[data-id]");
  return tr?.getAttribute("data-id") ?? null;
}

/**
 * The instance table. Selection lives here, keyed by InstanceId: status updates and refetches of the same listing
 * keep it (rows are matched by id, not position). Shift-click selects a range. The batch bar is always mounted
 * for operators: it hosts the operation dialog, whose state outlives any row.
 */
export function InstanceTable({ rows, columns, density, live, sort, dir, onSort, ops, selectionKey, stale }: Props) {
  const t = useT();
  const [selection, setSelection] = useState<{ key: string; ids: Set<string> }>({ key: selectionKey, ids: EMPTY });
  const selected = selection.key === selectionKey ? selection.ids : EMPTY;
  const lastClicked = useRef<number | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);

  const activate = (event: SyntheticEvent) => {
    if (!ops) return;
    const id = rowIdOf(event);
    if (!id || id === active) return;
    // A menu open on the active row stays while the pointer crosses other rows. Only an open menu counts: after Esc
    // the focus goes back to the row's button, and that must not keep every other row's actions hidden.
    const menuOpen = !!body.current?.querySelector(`tr[data-id="${active}"] [data-row-actions] [popover]:popover-open`);
    if (!menuOpen || event.type === "focus") setActive(id);
  };

  const onToggle = useCallback(
    (id: string, index: number, shift: boolean) => {
      const anchor = shift ? lastClicked.current : null; // read now: the updater runs later
      lastClicked.current = index;
      setSelection((prev) => {
        const ids = new Set(prev.key === selectionKey ? prev.ids : EMPTY);
        const on = !ids.has(id);
        const from = anchor !== null ? Math.min(anchor, index) : index;
        const to = anchor !== null ? Math.max(anchor, index) : index;
        for (const row of rows.slice(from, to + 1)) {
          if (on) ids.add(row.InstanceId);
          else ids.delete(row.InstanceId);
        }
        return { key: selectionKey, ids };
      });
    },
    [selectionKey, rows],
  );

  const clear = useCallback(() => setSelection({ key: selectionKey, ids: EMPTY }), [selectionKey]);
  const visibleSelected = useMemo(
    () => rows.filter((r) => selected.has(r.InstanceId)).map((r) => withLive(r, live.get(r.InstanceId))),
    [rows, selected, live],
  );
  const count = visibleSelected.length;
  const allOnPage = rows.length > 0 && count === rows.length;

  return (
    <>
      {ops && (
        <div
          className={count > 0 ? "flex items-center gap-3 border-b border-line bg-accent-soft/50 px-3 py-1.5 text-[13px]" : "contents"}
          data-testid={count > 0 ? "selection-bar" : undefined}
        >
          {count > 0 && (
            <span className="font-medium whitespace-nowrap" data-testid="selection-count">
              {t("instances.selected", { count })}
            </span>
          )}
          <InstanceBatchBar instances={visibleSelected} accountId={ops.accountId} region={ops.region} role={ops.role} onClear={clear} embedded={count > 0} />
          {count > 0 && (
            <button type="button" onClick={clear} className="text-xs whitespace-nowrap text-muted hover:text-fg" data-testid="selection-clear">
              {t("instances.clearSelection")}
            </button>
          )}
        </div>
      )}
      <div className={cn("overflow-x-auto transition-opacity", stale && "opacity-60")} aria-busy={stale || undefined}>
        <table
          data-testid="instance-table"
          data-density={density}
          className={cn(
            "w-full border-collapse text-left text-[13px] [&_td]:px-3 [&_td]:align-middle",
            density === "compact" ? "[&_td]:h-9 [&_td]:py-1" : "[&_td]:h-12 [&_td]:py-2.5",
          )}
        >
          <thead className="bg-subtle text-xs text-muted">
            <tr>
              {columns.map((id, i) => {
                const sortable = !!COLUMNS[id].sort;
                const isSorted = sort === id;
                return (
                  <th
                    key={id}
                    scope="col"
                    aria-sort={isSorted ? (dir === "asc" ? "ascending" : "descending") : undefined}
                    className={cn("h-8 border-b border-line px-3 font-medium whitespace-nowrap", ops && i === 0 && "relative pl-9")}
                  >
                    {ops && i === 0 && (
                      <input
                        type="checkbox"
                        aria-label={t("instances.selectPage")}
                        data-testid="select-page"
                        checked={allOnPage}
                        ref={(el) => {
                          if (el) el.indeterminate = count > 0 && !allOnPage;
                        }}
                        onChange={() => setSelection({ key: selectionKey, ids: allOnPage ? EMPTY : new Set(rows.map((r) => r.InstanceId)) })}
                        className="absolute top-1/2 left-3 size-3.5 -translate-y-1/2 accent-[var(--color-accent)]"
                      />
                    )}
                    {sortable ? (
                      <button
                        type="button"
                        onClick={() => onSort(id)}
                        data-testid={`sort-${id}`}
                        title={t("instances.sort.hint")}
                        className={cn("inline-flex items-center gap-1 hover:text-fg", isSorted && "text-fg")}
                      >
                        {t(COLUMNS[id].label)}
                        <span aria-hidden className={cn("text-[10px]", !isSorted && "opacity-0")}>
                          {isSorted && dir === "desc" ? "▼" : "▲"}
                        </span>
                      </button>
                    ) : (
                      t(COLUMNS[id].label)
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody ref={body} className="divide-y divide-line" onMouseOver={activate} onFocus={activate} onPointerDown={activate}>
            {rows.map((row, index) => (
              <InstanceRowView
                key={row.InstanceId}
                row={row}
                live={live.get(row.InstanceId)}
                columns={columns}
                selected={selected.has(row.InstanceId)}
                onToggle={onToggle}
                index={index}
                ops={ops}
                active={active === row.InstanceId}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
