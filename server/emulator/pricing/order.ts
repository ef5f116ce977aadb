// What a price is quoted for: an instance configuration with its defaults filled in the way RunInstances fills them.
import { boughtDataDisks, defaultDataDiskType, defaultSystemDisk, type DiskSpec } from "../catalog/compute/disks";
import { findInstanceType, parseCdhInstanceType, type InstanceTypeDef } from "../catalog/compute/instance-types";
import { isChcInstanceType } from "../state/chc/devices";

export type InstanceChargeType = "PREPAID" | "POSTPAID_BY_HOUR" | "SPOTPAID" | "CDHPAID";
export type InternetChargeType =
  | "BANDWIDTH_PREPAID"
  | "TRAFFIC_POSTPAID_BY_HOUR"
  | "BANDWIDTH_POSTPAID_BY_HOUR"
  | "BANDWIDTH_PACKAGE";

export type { DiskSpec };

/** InternetAccessible as requests carry it (seed 37620–37660). */
export interface InternetSpec {
  InternetChargeType?: string;
  InternetMaxBandwidthOut?: number;
}

export interface InstanceConfig {
  zone: string;
  /** A catalogue type ("S5.MEDIUM4") or, for CDHPAID, "CDH_<n>C<m>G" (seed 8660). */
  instanceType: string;
  systemDisk?: DiskSpec;
  dataDisks?: readonly DiskSpec[];
  internet?: InternetSpec;
}

export interface ResolvedDisk {
  DiskType: string;
  DiskSize: number;
}

/**
 * The catalogue type, or undefined for a CDH custom type or a CVM on a CHC server (the host or server is paid for
 * itself: the instance costs nothing but its cloud disks); throws on anything else (validate before quoting).
 */
export function resolveType(instanceType: string): InstanceTypeDef | undefined {
  const t = findInstanceType(instanceType);
  if (t) return t;
  if (parseCdhInstanceType(instanceType) || isChcInstanceType(instanceType)) return undefined;
  throw new Error(`pricing: unknown instance type ${instanceType}`);
}

/** System disk first, then the data disks really bought, with seed defaults for missing fields. */
export function resolveDisks(cfg: Pick<InstanceConfig, "zone" | "instanceType" | "systemDisk" | "dataDisks">): ResolvedDisk[] {
  const sysDefault = defaultSystemDisk(cfg.zone, cfg.instanceType);
  const system: ResolvedDisk = {
    DiskType: cfg.systemDisk?.DiskType ?? sysDefault.DiskType,
    DiskSize: cfg.systemDisk?.DiskSize ?? sysDefault.DiskSize,
  };
  const dataType = defaultDataDiskType(cfg.zone, cfg.instanceType);
  const data = boughtDataDisks(cfg.dataDisks).map((d) => ({ DiskType: d.DiskType ?? dataType, DiskSize: d.DiskSize ?? 0 }));
  return [system, ...data];
}

/**
 * InternetChargeType default (seed 37620–37636): the same kind of billing as the instance, prepaid → BANDWIDTH_PREPAID,
 * otherwise BANDWIDTH_POSTPAID_BY_HOUR.
 */
export function defaultInternetChargeType(chargeType: InstanceChargeType): InternetChargeType {
  return chargeType === "PREPAID" ? "BANDWIDTH_PREPAID" : "BANDWIDTH_POSTPAID_BY_HOUR";
}

/** Prepaid periods in months: instances (InstanceChargePrepaid, seed 37254) and hosts (ChargePrepaid, seed 35850). */
export const INSTANCE_PERIODS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36, 48, 60];
export const HOST_PERIODS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36];

/** Whether a Period is valid; a bad one is InvalidPeriod (seed 14080). */
export function isValidPeriod(period: unknown, kind: "instance" | "host" = "instance"): period is number {
  return typeof period === "number" && (kind === "instance" ? INSTANCE_PERIODS : HOST_PERIODS).includes(period);
}
