import type { Translate } from "@/lib/i18n/translate";
import { COLUMNS, type ColumnId } from "@/lib/instances/columns";
import type { InstanceRow } from "@/lib/instances/instance-view";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { chargeLabel } from "@/components/instances/charge-label";
import { StateBadge } from "@/components/instances/state-badge";

// Cells look like the console's instance table (components/instances/instance-row.tsx) minus links and live status.
function cellClass(id: ColumnId): string {
  switch (id) {
    case "instance":
    case "state":
      return "";
    case "charge":
      return "whitespace-nowrap";
    case "tags":
    case "securityGroups":
    case "os":
      return "max-w-56 truncate";
    case "created":
    case "expires":
      return "whitespace-nowrap tabular-nums text-muted";
    default:
      return "font-mono text-xs leading-tight whitespace-pre";
  }
}

/**
 * The instances of a shared view, rendered on the server with only the view's columns: nothing else about an
 * instance reaches the visitor's browser, and there is nothing to click (no links into the signed-in console).
 */
export function SharedInstanceTable({ t, rows, columns }: { t: Translate; rows: InstanceRow[]; columns: ColumnId[] }) {
  return (
    <Table data-testid="shared-table">
      <THead>
        <tr>
          {columns.map((id) => (
            <Th key={id}>{t(COLUMNS[id].label)}</Th>
          ))}
        </tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={`${row.Region}/${row.InstanceId}`} data-testid="shared-row" data-id={row.InstanceId}>
            {columns.map((id) => (
              <Td key={id} className={cellClass(id)} title={cellClass(id).includes("truncate") ? COLUMNS[id].text(row) : undefined}>
                <Cell t={t} row={row} id={id} />
              </Td>
            ))}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function Cell({ t, row, id }: { t: Translate; row: InstanceRow; id: ColumnId }) {
  if (id === "instance") {
    return (
      <>
        <span className="block font-medium">{row.InstanceName || t("instances.unnamed")}</span>
        <span className="block font-mono text-xs text-muted">{row.InstanceId}</span>
      </>
    );
  }
  if (id === "state") return <StateBadge t={t} state={row.InstanceState} />;
  if (id === "charge") return chargeLabel(t, row.InstanceChargeType);
  const text = id === "created" || id === "expires" ? COLUMNS[id].text(row).replace(" UTC", "") : COLUMNS[id].text(row);
  return text || <span className="text-muted">—</span>;
}
