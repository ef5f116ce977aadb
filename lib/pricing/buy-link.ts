import { purchaseHref } from "@/lib/purchase/prefill";
import { internetChargeType } from "./quote";
import { MODE_BILLING, type PricingSpec } from "./spec";
import type { PricingCell, PricingRow } from "./types";

/**
 * "Buy this cell": the purchase wizard prefilled with exactly what was priced (lib/purchase/prefill.ts link
 * parameters): placement, type, billing and term, the image the quote used, disks and bandwidth.
 */
export function buyHref(spec: PricingSpec, row: Pick<PricingRow, "region" | "InstanceType">, cell: Pick<PricingCell, "mode" | "zone" | "imageId">): string {
  const { charge, period } = MODE_BILLING[cell.mode];
  return purchaseHref({
    region: row.region,
    zone: cell.zone,
    type: row.InstanceType,
    charge,
    period,
    ...(cell.imageId ? { image: cell.imageId, source: "PUBLIC_IMAGE" } : {}),
    systemDiskType: spec.sysDisk,
    systemDiskSize: spec.sysSize,
    ...(spec.dataSize > 0 ? { dataDiskType: spec.dataDisk, dataDiskSize: spec.dataSize } : {}),
    bandwidth: spec.bw,
    internetChargeType: internetChargeType(spec, cell.mode),
  });
}
