// Which disks an instance type can have in a zone, and their size limits.
//
// From the seed: the disk type names (SystemDisk seed 39185, DataDisk seed 36169–36193); data disks move in 10 GiB
// steps and DiskSize 0 means "no data disk" (seed 36163–36165); the system disk defaults to 50 GiB (seed 39218) of
// "a type in stock" (seed 39205); a data disk defaults to LOCAL_BASIC (seed 36193); LOCAL_NVME and LOCAL_PRO come
// with the instance type and cannot be chosen (seed 36177–36179); an SSD data disk is at least 100 GB
// (InvalidParameterValue.CloudSsdDataDiskSizeTooSmall, seed 9612); at most 21 data disks: ≤ 1 LOCAL_BASIC/LOCAL_SSD and
// ≤ 20 cloud disks (seed 8702–8706).
// Not in the seed (Tencent's storage overview): the other minimum/maximum sizes below, cloud system disks 20–2048 GiB.
import { findFamily, type FamilyDef } from "./families";
import { findInstanceType, type InstanceTypeDef } from "./instance-types";
import { stableFraction } from "./zone-name";

export const CLOUD_DISK_TYPES = ["CLOUD_BASIC", "CLOUD_PREMIUM", "CLOUD_SSD", "CLOUD_BSSD", "CLOUD_HSSD", "CLOUD_TSSD"] as const;
export const LOCAL_DISK_TYPES = ["LOCAL_BASIC", "LOCAL_SSD", "LOCAL_NVME", "LOCAL_PRO"] as const;
export type CloudDiskType = (typeof CLOUD_DISK_TYPES)[number];
export type LocalDiskKind = (typeof LOCAL_DISK_TYPES)[number];
export type DiskType = CloudDiskType | LocalDiskKind;

export const DISK_TYPES: readonly DiskType[] = [...LOCAL_DISK_TYPES, ...CLOUD_DISK_TYPES];

export function isDiskType(value: unknown): value is DiskType {
  return typeof value === "string" && (DISK_TYPES as readonly string[]).includes(value);
}

export function isLocalDiskType(value: string): value is LocalDiskKind {
  return (LOCAL_DISK_TYPES as readonly string[]).includes(value);
}

export interface SizeRule {
  min: number;
  max: number;
  step: number;
}

/** seed 39218: default system disk size. */
export const DEFAULT_SYSTEM_DISK_SIZE = 50;
/** seed 8702–8706: per launch. */
export const MAX_CLOUD_DATA_DISKS = 20;
export const MAX_LOCAL_DATA_DISKS = 1;
/** seed 9612. */
export const CLOUD_SSD_DATA_MIN = 100;
/** Size of one IT5 NVMe disk and of one D3 HDD block (seed 37578: "11176 GB SATA HDD"). */
export const LOCAL_NVME_DISK_GB = 3570;
export const LOCAL_PRO_BLOCK_GB = 11176;

const SYSTEM_CLOUD: SizeRule = { min: 20, max: 2048, step: 1 };
const DATA_CLOUD: Record<CloudDiskType, SizeRule> = {
  CLOUD_BASIC: { min: 10, max: 32000, step: 10 },
  CLOUD_PREMIUM: { min: 10, max: 32000, step: 10 },
  CLOUD_SSD: { min: CLOUD_SSD_DATA_MIN, max: 32000, step: 10 },
  CLOUD_BSSD: { min: 20, max: 32000, step: 10 },
  CLOUD_HSSD: { min: 20, max: 32000, step: 10 },
  CLOUD_TSSD: { min: 460, max: 32000, step: 10 },
};

/** Cloud disk lines by family generation, in "default first" order (seed 39205: default = a type in stock). */
const CLOUD_BY_GENERATION: Record<FamilyDef["generation"], readonly CloudDiskType[]> = {
  legacy: ["CLOUD_PREMIUM", "CLOUD_BASIC", "CLOUD_SSD"],
  current: ["CLOUD_PREMIUM", "CLOUD_BSSD", "CLOUD_SSD", "CLOUD_HSSD"],
  latest: ["CLOUD_BSSD", "CLOUD_PREMIUM", "CLOUD_SSD", "CLOUD_HSSD", "CLOUD_TSSD"],
};

/** CLOUD_TSSD is only installed in some zones (stable per zone). */
export function zoneHasTssd(zone: string): boolean {
  return stableFraction(`${zone}|CLOUD_TSSD`) < 0.6;
}

/** Local disks a family may choose (LOCAL_BASIC / LOCAL_SSD) or always gets (LOCAL_NVME / LOCAL_PRO). */
const LOCAL_BY_FAMILY: Record<string, LocalDiskKind> = { S2: "LOCAL_BASIC", I1: "LOCAL_SSD", IT5: "LOCAL_NVME", D3: "LOCAL_PRO" };

export function localDiskKindOf(family: string): LocalDiskKind | undefined {
  return LOCAL_BY_FAMILY[family];
}

function cloudTypes(zone: string, f: FamilyDef): CloudDiskType[] {
  return CLOUD_BY_GENERATION[f.generation].filter((d) => d !== "CLOUD_TSSD" || zoneHasTssd(zone));
}

/** System disk types for a type in a zone, default first. Custom CDH types ("CDH_1C1G") get the current line. */
export function systemDiskTypes(zone: string, instanceType: string): DiskType[] {
  const t = findInstanceType(instanceType);
  const f = t?.family ?? findFamily("S5")!;
  const local = localDiskKindOf(f.family);
  const chooseLocal = local === "LOCAL_BASIC" || local === "LOCAL_SSD";
  return [...cloudTypes(zone, f), ...(chooseLocal ? [local] : [])];
}

/** Data disk types that may be specified (LOCAL_NVME / LOCAL_PRO never may, seed 36177–36179). */
export function dataDiskTypes(zone: string, instanceType: string): DiskType[] {
  return systemDiskTypes(zone, instanceType);
}

/** SystemDisk default: the first type in stock, 50 GiB (seed 39205, 39218). */
export function defaultSystemDisk(zone: string, instanceType: string): { DiskType: DiskType; DiskSize: number } {
  return { DiskType: systemDiskTypes(zone, instanceType)[0], DiskSize: DEFAULT_SYSTEM_DISK_SIZE };
}

/** DataDisk.DiskType default: LOCAL_BASIC (seed 36193) where the type has it, else the first cloud type. */
export function defaultDataDiskType(zone: string, instanceType: string): DiskType {
  const types = dataDiskTypes(zone, instanceType);
  return types.includes("LOCAL_BASIC") ? "LOCAL_BASIC" : types[0];
}

/** Size rule for a disk of a type used as system or data disk on an instance type. */
export function sizeRule(diskType: DiskType, usage: "SYSTEM" | "DATA", t?: InstanceTypeDef): SizeRule {
  if (diskType === "LOCAL_BASIC" || diskType === "LOCAL_SSD") {
    // Old local disks: Linux system disk 20–50 GB (legacy API, seed 52756); data up to 250 GB per vCPU.
    if (usage === "SYSTEM") return { min: 20, max: 50, step: 1 };
    return { min: 10, max: Math.min(2000, 250 * (t?.cpu ?? 4)), step: 10 };
  }
  if (diskType === "LOCAL_NVME") return { min: LOCAL_NVME_DISK_GB, max: LOCAL_NVME_DISK_GB, step: 1 };
  if (diskType === "LOCAL_PRO") return { min: LOCAL_PRO_BLOCK_GB, max: LOCAL_PRO_BLOCK_GB, step: 1 };
  return usage === "SYSTEM" ? SYSTEM_CLOUD : DATA_CLOUD[diskType];
}

/** LocalDiskType (seed 38164–38200) rows for InstanceTypeQuotaItem.LocalDiskTypeList; [] = no local disk. */
export interface LocalDiskTypeRow {
  Type: string;
  PartitionType: string;
  MinSize: number;
  MaxSize: number;
  Required: "REQUIRED" | "OPTIONAL";
}

export function localDiskTypeList(t: InstanceTypeDef): LocalDiskTypeRow[] {
  const kind = localDiskKindOf(t.family.family);
  if (!kind) return [];
  if (kind === "LOCAL_NVME" || kind === "LOCAL_PRO") {
    const r = sizeRule(kind, "DATA", t);
    return [{ Type: kind, PartitionType: "DATA", MinSize: r.min, MaxSize: r.max, Required: "REQUIRED" }];
  }
  const root = sizeRule(kind, "SYSTEM", t);
  const data = sizeRule(kind, "DATA", t);
  return [
    { Type: kind, PartitionType: "ROOT", MinSize: root.min, MaxSize: root.max, Required: "OPTIONAL" },
    { Type: kind, PartitionType: "DATA", MinSize: data.min, MaxSize: data.max, Required: "OPTIONAL" },
  ];
}

/** A disk as requests carry it (SystemDisk / DataDisk structures). */
export interface DiskSpec {
  DiskType?: string;
  DiskSize?: number;
}

/** Data disks that are really bought: seed 36165, DiskSize 0 (the default) means none. */
export function boughtDataDisks<T extends DiskSpec>(dataDisks: readonly T[] | undefined): T[] {
  return (dataDisks ?? []).filter((d) => (d.DiskSize ?? 0) > 0);
}
