import type { ActionError } from "@/lib/action-result";
import type { PricingMode } from "./spec";

// The pricing matrix on the wire (GET /api/pricing/matrix, NDJSON) and in the browser. Wire fields keep Tencent's
// names where they are Tencent's (STYLE: wire types).

/** A price as a cell shows it. `unit` "hour": per hour; "once": paid up front for `months`. */
export interface CellPrice {
  unit: "hour" | "once";
  /** What is paid, after discounts. */
  amount: number;
  /** The list price; equal to amount when there is no discount. */
  original: number;
  months: number;
  /** A month of it (hourly × 720, or the up-front total over its months): what sorting and the chart compare. */
  monthly: number;
  monthlyOriginal: number;
}

/** The exact price of a cell (InquiryPriceRunInstances): instance, disks and bandwidth for one instance. */
export interface CellQuote extends CellPrice {
  /** Traffic-billed bandwidth is paid per GB on top (depends on traffic, so not in the total). */
  perGB?: { amount: number; original: number };
  requestId: string;
}

/** One charge mode of one row: where it would be bought, whether it sells, and the catalogue's instance-only price. */
export interface PricingCell {
  /** `${row.id}|${mode}`. */
  id: string;
  mode: PricingMode;
  zone: string;
  zoneName: string;
  /** SELL | SOLD_OUT (DescribeZoneInstanceConfigInfos Status). Sold-out cells are not quoted. */
  status: string;
  soldOutReason: string;
  /** DescribeZoneInstanceConfigInfos: the instance alone (no disks, no bandwidth), shown until the quote arrives. */
  estimate: CellPrice;
  /** The public image the quote used (the wizard link carries it, so the same configuration is bought). */
  imageId?: string;
}

/** One instance type in one zone (zone scope) or one region (region scope: each cell in its cheapest zone). */
export interface PricingRow {
  id: string;
  region: string;
  regionName: string;
  /** Zone scope only. */
  zone?: string;
  zoneName?: string;
  InstanceType: string;
  InstanceFamily: string;
  TypeName: string;
  Cpu: number;
  Memory: number;
  GpuCount: number;
  CpuType: string;
  Frequency: string;
  cells: Partial<Record<PricingMode, PricingCell>>;
}

export interface RegionRef {
  Region: string;
  RegionName: string;
}

/** The NDJSON lines of GET /api/pricing/matrix, in the order they can come. */
export type MatrixEvent =
  | { t: "start"; regions: RegionRef[]; at: string }
  | { t: "rows"; region: string; rows: PricingRow[]; quotable: number; closedZones: string[] }
  | { t: "regionError"; region: string; error: ActionError }
  | { t: "quote"; cell: string; quote: CellQuote; imageId: string }
  | { t: "quoteError"; cell: string; error: ActionError }
  | { t: "end" };

/** A CPU / memory / GPU shape on sale in a region, for the spec picker. */
export interface PricingShape {
  Cpu: number;
  Memory: number;
  GpuCount: number;
  /** How many instance types have this shape. */
  types: number;
}
