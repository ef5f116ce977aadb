import { chunkIds } from "./chunk";
import { OPERATIONS, type OperationKind } from "./kinds";
import type { OperationTarget } from "./types";

// How the eligible instances of an operation are split into API calls. A call acts in one region, on at most the
// action's InstanceIds.N limit, and on instances the API accepts together.

/** Which instances may share a call. */
function batchKey(kind: OperationKind, target: OperationTarget): string {
  // seed 19139: "批量操作时，所有实例的付费类型必须一致" (UnsupportedOperation.InstanceMixedPricingModel, which
  // InquiryPriceTerminateInstances returns too).
  if (kind === "terminate") return target.InstanceChargeType ?? "";
  return "";
}

/** At most this many per call. */
function callLimit(kind: OperationKind, target: OperationTarget): number {
  // seed 31066: "当调整 BANDWIDTH_PREPAID 和 BANDWIDTH_POSTPAID_BY_HOUR 计费方式的带宽时，只支持一个实例".
  const net = target.InternetAccessible?.InternetChargeType;
  if (kind === "bandwidth" && (net === "BANDWIDTH_PREPAID" || net === "BANDWIDTH_POSTPAID_BY_HOUR")) return 1;
  return OPERATIONS[kind].batchMax;
}

export interface Batch {
  region: string;
  ids: string[];
}

/** The calls that carry `targets` (in selection order within each call); `fallbackRegion` for rows without one. */
export function planBatches(kind: OperationKind, targets: readonly OperationTarget[], fallbackRegion: string): Batch[] {
  const groups = new Map<string, { region: string; size: number; ids: string[] }>();
  for (const target of targets) {
    const region = target.Region || fallbackRegion;
    const size = callLimit(kind, target);
    const key = `${region}\u0000${batchKey(kind, target)}\u0000${size}`;
    const group = groups.get(key) ?? { region, size, ids: [] };
    group.ids.push(target.InstanceId);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap((g) => chunkIds(g.ids, g.size).map((ids) => ({ region: g.region, ids })));
}
