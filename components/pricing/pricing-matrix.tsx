"use client";

import { useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/cn";
import { buyHref } from "@/lib/pricing/buy-link";
import { priceOf, type MatrixState, type SortDir, type SortKey } from "@/lib/pricing/matrix";
import { PRICING_MODES, type PricingMode, type PricingSpec } from "@/lib/pricing/spec";
import type { PricingRow } from "@/lib/pricing/types";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { PriceCell } from "./price-cell";

type Props = {
  state: MatrixState;
  rows: readonly PricingRow[];
  spec: PricingSpec;
  sort: { key: SortKey; dir: SortDir };
  onSort: (key: SortKey) => void;
  cheapest: ReadonlySet<string>;
};

/** Instance types × zones (or regions) × charge modes; every column sorts, every price cell opens the wizard. */
export function PricingMatrix({ state, rows, spec, sort, onSort, cheapest }: Props) {
  const t = useT();
  const regional = spec.scope === "regions";
  const header = (key: SortKey, label: React.ReactNode, className?: string) => (
    <Th key={key} aria-sort={sort.key === key ? (sort.dir === "asc" ? "ascending" : "descending") : undefined} className={className}>
      <button type="button" data-testid={`pricing-sort-${key}`} onClick={() => onSort(key)} className="inline-flex items-center gap-1 hover:text-fg">
        {label}
        <span aria-hidden className={cn("text-[10px]", sort.key === key ? "text-accent" : "opacity-0")}>
          {sort.key === key && sort.dir === "desc" ? "▼" : "▲"}
        </span>
      </button>
    </Th>
  );
  return (
    <Table data-testid="pricing-matrix" data-rows={rows.length}>
      <THead>
        <tr>
          {header("type", t("pricing.col.type"))}
          {header("location", regional ? t("pricing.col.region") : t("pricing.col.zone"))}
          {PRICING_MODES.map((mode) =>
            header(
              mode,
              <span className="flex flex-col items-start leading-tight">
                <span>{t(`pricing.mode.${mode}`)}</span>
                <span className="text-[11px] font-normal">{unitLabel(mode, t)}</span>
              </span>,
              "!px-1.5",
            ),
          )}
        </tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <MatrixRow key={row.id} row={row} state={state} spec={spec} cheapest={cheapest} />
        ))}
      </TBody>
    </Table>
  );
}

function MatrixRow({ row, state, spec, cheapest }: { row: PricingRow; state: MatrixState; spec: PricingSpec; cheapest: ReadonlySet<string> }) {
  const t = useT();
  const regional = spec.scope === "regions";
  // Region scope: the zone each cell would be bought in, named once in the location column when all cells agree.
  const zones = new Set(Object.values(row.cells).map((c) => c.zoneName));
  const oneZone = zones.size === 1 ? [...zones][0] : null;
  return (
    <Tr data-testid="pricing-row" data-row={row.id}>
      <Td className="whitespace-nowrap">
        <span className="font-mono text-[13px] font-medium" data-testid="pricing-row-type">
          {row.InstanceType}
        </span>
        <span className="block max-w-36 truncate text-[11px] text-muted" title={[row.TypeName, row.CpuType, row.Frequency].filter(Boolean).join(" · ")}>
          {row.TypeName}
          {row.CpuType && ` · ${row.CpuType}`}
        </span>
      </Td>
      <Td>
        {/* Wraps rather than cuts: "Southwest China (Chengdu)" and "(Chongqing)" must stay apart. */}
        <div className="max-w-44 min-w-28">
          {regional ? row.regionName : row.zoneName}
          <span className="block truncate text-[11px] text-muted">{regional ? (oneZone ?? row.region) : <span className="font-mono">{row.zone}</span>}</span>
        </div>
      </Td>
      {PRICING_MODES.map((mode) => {
        const cell = row.cells[mode];
        const priced = cell && priceOf(state, cell);
        return (
          <Td key={mode} className="!px-1.5">
            <PriceCell
              cell={cell}
              price={priced?.price}
              exact={priced?.exact ?? false}
              error={cell && state.quoteErrors[cell.id]}
              cheapest={!!cell && cheapest.has(cell.id)}
              href={cell ? buyHref(spec, row, cell) : ""}
              showZone={regional && !oneZone}
              label={t("pricing.cell.buyLabel", { type: row.InstanceType, zone: cell?.zoneName ?? "", mode: t(`pricing.mode.${mode}`) })}
            />
          </Td>
        );
      })}
    </Tr>
  );
}

function unitLabel(mode: PricingMode, t: ReturnType<typeof useT>): string {
  if (mode === "hourly" || mode === "spot") return t("pricing.col.perHour");
  return mode === "month1" ? t("pricing.col.perMonth") : t("pricing.col.perMonthOver");
}
