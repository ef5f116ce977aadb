import type { ActionError } from "@/lib/action-result";
import { round2 } from "@/lib/purchase/price";
import { hourlyPrice, upfrontPrice } from "./rows";
import { PRICING_MODES, type PricingMode } from "./spec";
import type { CellPrice, CellQuote, MatrixEvent, PricingCell, PricingRow, RegionRef } from "./types";

// The browser's view of a streamed matrix: events folded into one state (the React Query data), then sorted and
// searched for the cheapest cell of each mode. Pure, so the rules are unit-tested.

export interface MatrixState {
  regions: RegionRef[];
  /** Regions whose rows (or error) arrived. */
  loaded: string[];
  rows: PricingRow[];
  quotes: Record<string, CellQuote>;
  /**
   * What disks and bandwidth add to the catalogue price, per `${zone}|${mode}`, learnt from the first exact quote there.
   * They cost the same whatever the instance type, so an estimate plus this is comparable with exact prices while
   * the fan-out is still running (sorting and the chart stay honest mid-stream).
   */
  extras: Record<string, { amount: number; original: number }>;
  quoteErrors: Record<string, ActionError>;
  regionErrors: Record<string, ActionError>;
  closedZones: string[];
  /** Cells to quote (selling cells of the loaded regions). */
  quotable: number;
  at: string | null;
  ended: boolean;
}

export const EMPTY_MATRIX: MatrixState = {
  regions: [],
  loaded: [],
  rows: [],
  quotes: {},
  extras: {},
  quoteErrors: {},
  regionErrors: {},
  closedZones: [],
  quotable: 0,
  at: null,
  ended: false,
};

/** Folds a batch of events (one network read) into the state; a new object whenever something changed. */
export function applyEvents(state: MatrixState, events: readonly MatrixEvent[]): MatrixState {
  if (events.length === 0) return state;
  const s: MatrixState = { ...state, quotes: { ...state.quotes }, extras: { ...state.extras }, quoteErrors: { ...state.quoteErrors } };
  for (const e of events) {
    switch (e.t) {
      case "start":
        s.regions = e.regions;
        s.at = e.at;
        break;
      case "rows":
        s.rows = [...s.rows, ...e.rows];
        s.loaded = [...s.loaded, e.region];
        s.quotable += e.quotable;
        s.closedZones = [...s.closedZones, ...e.closedZones];
        break;
      case "regionError":
        s.regionErrors = { ...s.regionErrors, [e.region]: e.error };
        s.loaded = [...s.loaded, e.region];
        break;
      case "quote": {
        s.quotes[e.cell] = { ...e.quote };
        s.rows = withImage(s.rows, e.cell, e.imageId);
        const cell = findCell(s.rows, e.cell);
        if (cell) {
          s.extras[`${cell.zone}|${cell.mode}`] ??= {
            amount: e.quote.amount - cell.estimate.amount,
            original: e.quote.original - cell.estimate.original,
          };
        }
        break;
      }
      case "quoteError":
        s.quoteErrors[e.cell] = e.error;
        break;
      case "end":
        s.ended = true;
        break;
    }
  }
  return s;
}

function findCell(rows: readonly PricingRow[], cellId: string): PricingCell | undefined {
  const cut = cellId.lastIndexOf("|");
  return rows.find((r) => r.id === cellId.slice(0, cut))?.cells[cellId.slice(cut + 1) as PricingMode];
}

/** Records the image a cell was quoted with (its buy link carries it). */
function withImage(rows: PricingRow[], cellId: string, imageId: string): PricingRow[] {
  const rowId = cellId.slice(0, cellId.lastIndexOf("|"));
  const mode = cellId.slice(cellId.lastIndexOf("|") + 1) as PricingMode;
  const i = rows.findIndex((r) => r.id === rowId);
  const cell = rows[i]?.cells[mode];
  if (!cell || cell.imageId === imageId) return rows;
  const next = [...rows];
  next[i] = { ...rows[i], cells: { ...rows[i].cells, [mode]: { ...cell, imageId } } };
  return next;
}

export function progressOf(s: MatrixState): { done: number; total: number; failed: number; regionsDone: number; regions: number } {
  return {
    done: Object.keys(s.quotes).length + Object.keys(s.quoteErrors).length,
    total: s.quotable,
    failed: Object.keys(s.quoteErrors).length,
    regionsDone: s.loaded.length,
    regions: s.regions.length,
  };
}

/**
 * A cell's price: the exact quote when it has one, else the catalogue estimate, plus what disks and bandwidth cost
 * in that zone and mode once another cell there has been quoted.
 */
export function priceOf(s: Pick<MatrixState, "quotes"> & Partial<Pick<MatrixState, "extras">>, cell: PricingCell): { price: CellPrice; exact: boolean } {
  const quote = s.quotes[cell.id];
  if (quote) return { price: quote, exact: true };
  const extra = s.extras?.[`${cell.zone}|${cell.mode}`];
  if (!extra) return { price: cell.estimate, exact: false };
  const e = cell.estimate;
  const amount = round2(e.amount + extra.amount);
  const original = round2(e.original + extra.original);
  return { price: e.unit === "hour" ? hourlyPrice(amount, original) : upfrontPrice(amount, original, e.months), exact: false };
}

export type SortKey = "type" | "location" | PricingMode;
export type SortDir = "asc" | "desc";
export const SORT_KEYS: readonly SortKey[] = ["type", "location", ...PRICING_MODES];

/** Sorted rows. Prices compare by their monthly equivalent; a cell with no price (sold out, not sold) sorts last. */
export function sortRows(s: Pick<MatrixState, "quotes"> & Partial<Pick<MatrixState, "extras">>, rows: readonly PricingRow[], key: SortKey, dir: SortDir): PricingRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const text = (r: PricingRow) => (key === "type" ? r.InstanceType : `${r.regionName} ${r.zoneName ?? ""}`);
  const value = (r: PricingRow): number | null => {
    const cell = r.cells[key as PricingMode];
    return cell && cell.status === "SELL" ? priceOf(s, cell).price.monthly : null;
  };
  return [...rows].sort((a, b) => {
    if (key === "type" || key === "location") {
      return sign * text(a).localeCompare(text(b), "en", { numeric: true }) || a.id.localeCompare(b.id);
    }
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? a.id.localeCompare(b.id) : va === null ? 1 : -1;
    return sign * (va - vb) || a.id.localeCompare(b.id);
  });
}

/** The cheapest exactly quoted cell of each mode (ties: all of them), by what is paid. */
export function cheapestByMode(s: Pick<MatrixState, "quotes" | "rows">): Partial<Record<PricingMode, { ids: Set<string>; row: PricingRow; cell: PricingCell; quote: CellQuote }>> {
  const out: Partial<Record<PricingMode, { ids: Set<string>; row: PricingRow; cell: PricingCell; quote: CellQuote }>> = {};
  for (const mode of PRICING_MODES) {
    for (const row of s.rows) {
      const cell = row.cells[mode];
      const quote = cell && s.quotes[cell.id];
      if (!cell || !quote) continue;
      const best = out[mode];
      if (!best || quote.monthly < best.quote.monthly) out[mode] = { ids: new Set([cell.id]), row, cell, quote };
      else if (quote.monthly === best.quote.monthly) best.ids.add(cell.id);
    }
  }
  return out;
}

/** How often each error code occurred (a quota or image problem usually hits many cells at once). */
export function errorSummary(errors: Record<string, ActionError>): Array<{ code: string; message: string; count: number }> {
  const by = new Map<string, { code: string; message: string; count: number }>();
  for (const e of Object.values(errors)) {
    const hit = by.get(e.code);
    if (hit) hit.count++;
    else by.set(e.code, { code: e.code, message: e.message, count: 1 });
  }
  return [...by.values()].sort((a, b) => b.count - a.count);
}
