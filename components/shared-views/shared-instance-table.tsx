import type { Translate } from "@/lib/i18n/translate";
import { COLUMNS, type ColumnId } from "@/lib/instances/columns";
import type { InstanceRow } from "@/lib/instances/instance-view";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { StateBadge } from "@/components/instances/state-badge";
import { textCell } from "@/components/instances/text-cell";

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
              <Cell key={id} t={t} row={row} id={id} />
            ))}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

// Like the console's list (components/instances/instance-row.tsx), minus the link to the detail page and live state.
function Cell({ t, row, id }: { t: Translate; row: InstanceRow; id: ColumnId }) {
  if (id === "instance") {
    return (
      <Td>
        <span className="block font-medium">{row.InstanceName || t("instances.unnamed")}</span>
        <span className="block font-mono text-xs text-muted">{row.InstanceId}</span>
      </Td>
    );
  }
  if (id === "state") {
    return (
      <Td>
        <StateBadge t={t} state={row.InstanceState} />
      </Td>
    );
  }
  const { text, className, title } = textCell(id, row, t);
  return (
    <Td className={className} title={title}>
      {text || <span className="text-muted">—</span>}
    </Td>
  );
}
