"use client";

import { useT } from "@/lib/i18n/provider";
import { COLUMN_IDS, COLUMNS, DEFAULT_COLUMNS, REQUIRED_COLUMN, type ColumnId } from "@/lib/instances/columns";
import { Popover } from "./popover";

/** Which columns the table (and the CSV export) shows; saved per user by the caller. */
export function ColumnChooser({ columns, onChange, saving }: { columns: readonly ColumnId[]; onChange: (columns: ColumnId[]) => void; saving: boolean }) {
  const t = useT();
  const chosen = new Set(columns);
  const toggle = (id: ColumnId) => onChange(COLUMN_IDS.filter((c) => (c === id ? !chosen.has(c) : chosen.has(c))));
  return (
    <Popover testId="column-chooser" label={t("instances.columns.button", { count: columns.length })}>
      <fieldset className="w-80">
        <legend className="flex w-full items-center justify-between px-1 pb-1.5 text-xs text-muted">
          {t("instances.columns.title")}
          {saving && <span aria-live="polite">{t("common.saving")}</span>}
        </legend>
        <div className="grid grid-cols-2 gap-x-2">
          {COLUMN_IDS.map((id) => (
            <label key={id} className="flex items-center gap-2 rounded px-1 py-1 text-[13px] hover:bg-subtle has-disabled:opacity-60">
              <input
                type="checkbox"
                data-testid={`column-${id}`}
                checked={chosen.has(id)}
                disabled={id === REQUIRED_COLUMN}
                onChange={() => toggle(id)}
                className="size-3.5 accent-[var(--color-accent)]"
              />
              {t(COLUMNS[id].label)}
            </label>
          ))}
        </div>
        <button type="button" onClick={() => onChange(DEFAULT_COLUMNS)} className="mt-1.5 w-full rounded px-1 py-1 text-left text-xs text-muted hover:bg-subtle hover:text-fg">
          {t("instances.columns.reset")}
        </button>
        <p className="mt-1 border-t border-line px-1 pt-1.5 text-[11px] text-muted">{t("instances.columns.hint")}</p>
      </fieldset>
    </Popover>
  );
}
