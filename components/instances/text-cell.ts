import type { Translate } from "@/lib/i18n/translate";
import { COLUMNS, type ColumnId } from "@/lib/instances/columns";
import type { InstanceRow } from "@/lib/instances/instance-view";
import { chargeLabel } from "./charge-label";

/** The instance and state cells are rendered by their tables (links, live state); every other column is text. */
export type TextColumnId = Exclude<ColumnId, "instance" | "state">;

/**
 * A plain-text cell of the instance table, as both the console's list (instance-row.tsx) and a shared view
 * (components/shared-views) show it: its text, its classes, and a title where the text may be cut.
 */
export function textCell(id: TextColumnId, row: InstanceRow, t: Translate): { text: string; className: string; title?: string } {
  switch (id) {
    case "charge":
      // May wrap ("Monthly / subscription"): at 1280 px the eight default columns otherwise overflow the page.
      return { text: chargeLabel(t, row.InstanceChargeType), className: "leading-tight" };
    case "tags":
    case "securityGroups":
    case "os":
      return { text: COLUMNS[id].text(row), className: "max-w-56 truncate", title: COLUMNS[id].text(row) };
    case "created":
    case "expires":
      // The header already says "(UTC)".
      return { text: COLUMNS[id].text(row).replace(" UTC", ""), className: "whitespace-nowrap tabular-nums text-muted" };
    default:
      return { text: COLUMNS[id].text(row), className: "font-mono text-xs leading-tight whitespace-pre" };
  }
}
