import { HOURS_PER_MONTH } from "@/lib/purchase/constants";
import { round2 } from "@/lib/purchase/price";
import { MODE_BILLING, PRICING_MODES, matchesShape, type PricingMode, type PricingScope, type PricingSpec } from "./spec";
import type { CellPrice, PricingCell, PricingRow } from "./types";

// From a region's catalogue (DescribeZoneInstanceConfigInfos, seed 20572–20929) to the matrix rows of a spec.
// Pure: the server builds the rows, tests check them without a cloud.

/** One InstanceTypeQuotaItem, trimmed to what pricing needs. Price is ItemPrice (seed 37538): instance only. */
export interface CatalogOffer {
  Zone: string;
  InstanceType: string;
  InstanceFamily: string;
  TypeName: string;
  Cpu: number;
  Memory: number;
  GpuCount: number;
  CpuType: string;
  Frequency: string;
  ChargeType: string;
  Status: string;
  SoldOutReason: string;
  Price: {
    UnitPrice: number;
    UnitPriceDiscount: number;
    OriginalPrice: number;
    DiscountPrice: number;
    OriginalPriceOneYear: number;
    DiscountPriceOneYear: number;
    OriginalPriceThreeYear: number;
    DiscountPriceThreeYear: number;
  };
}

export interface CatalogZone {
  Zone: string;
  ZoneName: string;
  /** AVAILABLE zones sell; the others are left out of the matrix and named. */
  ZoneState: string;
}

export function hourlyPrice(amount: number, original: number): CellPrice {
  const o = Math.max(original, amount);
  return { unit: "hour", amount, original: o, months: 0, monthly: round2(amount * HOURS_PER_MONTH), monthlyOriginal: round2(o * HOURS_PER_MONTH) };
}

export function upfrontPrice(amount: number, original: number, months: number): CellPrice {
  const o = Math.max(original, amount);
  const m = Math.max(1, months);
  return { unit: "once", amount, original: o, months: m, monthly: round2(amount / m), monthlyOriginal: round2(o / m) };
}

/** The catalogue's price of an offer under a mode (the offer must be of that mode's charge type). */
export function estimateOf(o: CatalogOffer, mode: PricingMode): CellPrice {
  const p = o.Price;
  if (mode === "hourly" || mode === "spot") return hourlyPrice(p.UnitPriceDiscount, p.UnitPrice);
  if (mode === "month1") return upfrontPrice(p.DiscountPrice, p.OriginalPrice, 1);
  const months = mode === "month12" ? 12 : 36;
  const [paid, list] = mode === "month12" ? [p.DiscountPriceOneYear, p.OriginalPriceOneYear] : [p.DiscountPriceThreeYear, p.OriginalPriceThreeYear];
  // Catalogues that omit the term totals: the monthly price times the term (no term discount assumed).
  return paid > 0 ? upfrontPrice(paid, list, months) : upfrontPrice(round2(p.DiscountPrice * months), round2(p.OriginalPrice * months), months);
}

function cellOf(rowId: string, mode: PricingMode, o: CatalogOffer, zoneName: string): PricingCell {
  return { id: `${rowId}|${mode}`, mode, zone: o.Zone, zoneName, status: o.Status, soldOutReason: o.SoldOutReason, estimate: estimateOf(o, mode) };
}

const modesOf = (charge: string) => PRICING_MODES.filter((m) => MODE_BILLING[m].charge === charge);

/** Cheaper wins; a selling offer always beats a sold-out one. */
function better(a: PricingCell, b: PricingCell | undefined): boolean {
  if (!b) return true;
  if ((a.status === "SELL") !== (b.status === "SELL")) return a.status === "SELL";
  return a.estimate.monthly < b.estimate.monthly;
}

export interface RegionRows {
  rows: PricingRow[];
  /** Cells that sell: each is quoted. */
  quotable: number;
  /** Zones of the region that sell nothing now (DescribeZones state), left out. */
  closedZones: string[];
}

/**
 * The rows of one region. Zone scope: a row per (type, zone). Region scope: a row per type, each mode's cell in
 * the zone where it is cheapest (sold-out zones only when no zone sells it).
 */
export function buildRegionRows(
  region: { Region: string; RegionName: string },
  zones: readonly CatalogZone[],
  offers: readonly CatalogOffer[],
  spec: PricingSpec,
  scope: PricingScope,
): RegionRows {
  const open = new Map(zones.filter((z) => z.ZoneState === "AVAILABLE").map((z) => [z.Zone, z.ZoneName]));
  const rows = new Map<string, PricingRow>();
  for (const o of offers) {
    if (!open.has(o.Zone) || !matchesShape(spec, o)) continue;
    const modes = modesOf(o.ChargeType);
    if (modes.length === 0) continue;
    const id = scope === "zones" ? `${region.Region}|${o.Zone}|${o.InstanceType}` : `${region.Region}|*|${o.InstanceType}`;
    let row = rows.get(id);
    if (!row) {
      row = {
        id,
        region: region.Region,
        regionName: region.RegionName,
        ...(scope === "zones" ? { zone: o.Zone, zoneName: open.get(o.Zone) } : {}),
        InstanceType: o.InstanceType,
        InstanceFamily: o.InstanceFamily,
        TypeName: o.TypeName,
        Cpu: o.Cpu,
        Memory: o.Memory,
        GpuCount: o.GpuCount,
        CpuType: o.CpuType,
        Frequency: o.Frequency,
        cells: {},
      };
      rows.set(id, row);
    }
    for (const mode of modes) {
      const cell = cellOf(id, mode, o, open.get(o.Zone) ?? o.Zone);
      if (better(cell, row.cells[mode])) row.cells[mode] = cell;
    }
  }
  const list = [...rows.values()].sort((a, b) => a.InstanceType.localeCompare(b.InstanceType, "en", { numeric: true }) || (a.zone ?? "").localeCompare(b.zone ?? ""));
  const quotable = list.reduce((n, r) => n + Object.values(r.cells).filter((c) => c.status === "SELL").length, 0);
  return { rows: list, quotable, closedZones: zones.filter((z) => z.ZoneState !== "AVAILABLE").map((z) => z.Zone) };
}

/**
 * The order quotes are asked in: each mode's cheapest estimate first, then each mode's second, …, so the cells most
 * likely to win get their exact price within the first seconds of the fan-out.
 */
export function quoteOrder(rows: readonly PricingRow[]): Array<{ row: PricingRow; cell: PricingCell }> {
  const ranked: Array<{ row: PricingRow; cell: PricingCell; rank: number; mode: number }> = [];
  PRICING_MODES.forEach((mode, modeIndex) => {
    const cells = rows
      .flatMap((row) => (row.cells[mode]?.status === "SELL" ? [{ row, cell: row.cells[mode]! }] : []))
      .sort((a, b) => a.cell.estimate.monthly - b.cell.estimate.monthly);
    cells.forEach((c, rank) => ranked.push({ ...c, rank, mode: modeIndex }));
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.mode - b.mode).map(({ row, cell }) => ({ row, cell }));
}
