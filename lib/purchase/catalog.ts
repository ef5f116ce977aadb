import { purchaseKeys } from "./keys";

// The region's catalogue facts the wizard shows beside the zone's offers (issue 7 coverage): family names
// (DescribeInstanceFamilyConfigs), accelerator facts per type (DescribeInstanceTypeConfigs) and the network billing
// modes on offer (DescribeInternetChargeTypeConfigs). Each part is empty when the backend cannot serve it.

export interface TypeFacts {
  Gpu: number;
  GpuCount: number;
  GpuType: string;
  GpuMemory: number;
  Fpga: number;
}

export interface PurchaseCatalog {
  /** InstanceFamily → its full name in the caller's language (e.g. "S5" → "标准型S5"). */
  families: Record<string, string>;
  /** InstanceType → GPU / FPGA facts (types without accelerators are left out). */
  accelerators: Record<string, TypeFacts>;
  /** The network billing modes the region offers, with Tencent's description. */
  internetChargeTypes: Array<{ type: string; description: string }>;
}

export const catalogKey = (accountId: string, region: string, language: string) => [...purchaseKeys.all(accountId), "catalog", region, language] as const;

/** What the type table shows in its accelerator column: "4 × T4 16 GB", "2 FPGA", or "" (none). */
export function acceleratorLabel(facts: TypeFacts | undefined, fallbackGpu = 0): string {
  if (facts && facts.Fpga > 0) return `${facts.Fpga} FPGA`;
  const gpus = facts ? facts.GpuCount || facts.Gpu : fallbackGpu;
  if (!gpus) return "";
  const model = facts?.GpuType ? ` ${facts.GpuType}` : "";
  const memory = facts?.GpuMemory ? ` ${facts.GpuMemory} GB` : "";
  return `${gpus} ×${model}${memory}`.trim();
}
