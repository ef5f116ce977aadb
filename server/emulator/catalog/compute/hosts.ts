// CDH (dedicated host) types. HostType defaults to HS1 (AllocateHosts, seed 21383–21386); HS50 and HM50 appear in
// the HostItem / DescribeHosts examples (seed 36525, 22306). HostResource fields (seed 36614–36665) are sized here;
// a host is bought PREPAID only (seed 21378–21379: HostChargeType 目前仅支持 PREPAID). Prices are in pricing/rates.ts.
import { stableFraction } from "./zone-name";

export interface HostTypeDef {
  hostType: string;
  nameZh: string;
  nameEn: string;
  cpu: number;
  /** GiB */
  memory: number;
  /** Local disk GiB (0 = cloud disks only) and its type, as HostResource.DiskType. */
  disk: number;
  diskType: string;
  gpu: number;
  /** Share of zones that offer it (1 = every zone), decided per zone by a stable hash. */
  zoneShare: number;
}

export const DEFAULT_HOST_TYPE = "HS1";

export const HOST_TYPES: readonly HostTypeDef[] = [
  { hostType: "HS1", nameZh: "标准型HS1", nameEn: "Standard HS1", cpu: 56, memory: 224, disk: 3000, diskType: "LOCAL_BASIC", gpu: 0, zoneShare: 1 },
  { hostType: "HS50", nameZh: "标准型HS50", nameEn: "Standard HS50", cpu: 90, memory: 360, disk: 0, diskType: "CLOUD_PREMIUM", gpu: 0, zoneShare: 1 },
  { hostType: "HM50", nameZh: "内存型HM50", nameEn: "Memory Optimized HM50", cpu: 90, memory: 720, disk: 0, diskType: "CLOUD_PREMIUM", gpu: 0, zoneShare: 0.8 },
  { hostType: "HI50", nameZh: "高IO型HI50", nameEn: "High IO HI50", cpu: 90, memory: 360, disk: 14280, diskType: "LOCAL_NVME", gpu: 0, zoneShare: 0.5 },
];

const BY_TYPE = new Map(HOST_TYPES.map((h) => [h.hostType, h]));

export function findHostType(hostType: string): HostTypeDef | undefined {
  return BY_TYPE.get(hostType);
}

export function hostTypesForZone(zone: string): HostTypeDef[] {
  return HOST_TYPES.filter((h) => h.zoneShare >= 1 || stableFraction(`${zone}|host|${h.hostType}`) < h.zoneShare);
}
