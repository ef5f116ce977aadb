"use client";

import { memo, type ReactNode, type TdHTMLAttributes } from "react";
import { NavLink } from "@/components/ui/nav-link";
import { useT } from "@/lib/i18n/provider";
import type { Translate } from "@/lib/i18n/translate";
import type { Role } from "@/lib/roles";
import type { ColumnId } from "@/lib/instances/columns";
import type { InstanceRow } from "@/lib/instances/instance-view";
import type { LiveStatus } from "@/lib/status/types";
import { RELEASED_STATE } from "@/lib/instances/states";
import { withLive } from "@/lib/instances/with-live";
import { cn } from "@/lib/cn";
import { RowFreshness } from "@/components/status/freshness";
import { InstanceRowActions } from "./operations-slot";
import { textCell } from "./text-cell";
import { stateLabel, stateTwoLineCellClass } from "./state-badge";

export function detailHref(row: Pick<InstanceRow, "InstanceId" | "Region">): string {
  return `/instances/${row.InstanceId}?region=${encodeURIComponent(row.Region)}`;
}

/** What the row actions need besides the instance; null when the user may not operate (viewers). */
export type RowOps = { accountId: string; region: string; role: Role } | null;

type Cell = { props: TdHTMLAttributes<HTMLTableCellElement> & { "data-testid"?: string; "data-state"?: string }; content: ReactNode };

// One element per cell wherever possible (text and line breaks via whitespace-pre, the state dot via
// ::before): 100 rows must stay within the page's DOM budget.
function cell(id: ColumnId, row: InstanceRow, live: LiveStatus | undefined, state: string | undefined, t: Translate): Cell {
  switch (id) {
    case "instance":
      return {
        props: { className: "max-w-72 font-mono text-[11px] leading-tight text-muted" },
        content: (
          <>
            <NavLink href={detailHref(row)} className="block truncate font-sans text-[13px] font-medium text-accent hover:underline" data-testid="instance-link">
              {row.InstanceName || t("instances.unnamed")}
            </NavLink>
            {row.InstanceId}
          </>
        ),
      };
    case "state": {
      const note = row.LatestOperationState === "FAILED" ? "failed" : row.LatestOperationState === "OPERATING" && row.LatestOperation ? "operating" : null;
      // Line two says how fresh the row is (after the running or failed operation, if any) as bare text in the
      // cell: no element more per row, which the page's DOM budget (1,400 at 100 rows) needs.
      return {
        props: {
          className: stateTwoLineCellClass(state),
          "data-testid": "instance-state-cell",
          "data-state": state ?? RELEASED_STATE,
          title: [row.LatestOperation, row.LatestOperationState, row.LatestOperationErrorMsg].filter(Boolean).join(" · ") || undefined,
        },
        content: (
          <>
            {stateLabel(t, state)}
            {"\n"}
            {note === "operating" && `${row.LatestOperation}… · `}
            {note === "failed" && <span className="text-red-600 dark:text-red-400">{t("instances.operationFailed")} · </span>}
            <RowFreshness status={live} bare />
          </>
        ),
      };
    }
    default: {
      const { text, className, title } = textCell(id, row, t);
      return { props: { className, title }, content: text };
    }
  }
}

type RowProps = {
  row: InstanceRow;
  live: LiveStatus | undefined;
  columns: readonly ColumnId[];
  selected: boolean;
  onToggle: (id: string, index: number, shift: boolean) => void;
  index: number;
  ops: RowOps;
  /** The row under the pointer or holding focus: only it mounts the (heavy) actions menu. */
  active: boolean;
};

/**
 * Memoised: a status update re-renders only the rows whose instance changed. For operators the checkbox sits in
 * the instance cell and the actions menu is laid over the end of the last cell of the active row only, so a
 * 100-row page costs about 11 elements a row.
 */
export const InstanceRowView = memo(function InstanceRowView({ row: listed, live, columns, selected, onToggle, index, ops, active }: RowProps) {
  const t = useT();
  const row = withLive(listed, live);
  const state = row.InstanceState;
  return (
    <tr
      data-testid="instance-row"
      data-id={row.InstanceId}
      aria-selected={ops ? selected : undefined}
      className={cn("hover:bg-subtle/60", selected && "bg-accent-soft/60", state === RELEASED_STATE && "opacity-50")}
    >
      {columns.map((id, i) => {
        const { props, content } = cell(id, row, live, state, t);
        const first = i === 0;
        const last = i === columns.length - 1;
        return (
          <td key={id} {...props} className={cn(props.className, ops && first && "relative !pl-9", ops && last && active && "relative")}>
            {ops && first && (
              <input
                type="checkbox"
                checked={selected}
                aria-label={t("instances.select", { id: row.InstanceId })}
                data-testid="row-select"
                onClick={(e) => onToggle(row.InstanceId, index, e.shiftKey)}
                onChange={() => undefined}
                className="absolute top-1/2 left-3 size-3.5 -translate-y-1/2 accent-[var(--color-accent)]"
              />
            )}
            {content}
            {ops && last && active && (
              <span data-row-actions className="absolute inset-y-0 right-0 flex items-center bg-gradient-to-l from-surface from-70% pr-1 pl-6">
                <InstanceRowActions instance={row} accountId={ops.accountId} region={row.Region || ops.region} role={ops.role} />
              </span>
            )}
          </td>
        );
      })}
    </tr>
  );
});
