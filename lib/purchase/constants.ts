// What a purchase may contain, from the seed (RunInstances seed 8550–9865 and the structures it uses). Each limit
// cites the line it comes from; where the seed is silent the figure is Tencent's published product limit and says so.

/** seed 8586–8600 (CDCPAID left out: dedicated clusters are not sold in this console). */
export const CHARGE_TYPES = ["POSTPAID_BY_HOUR", "PREPAID", "SPOTPAID", "CDHPAID"] as const;
export type ChargeType = (typeof CHARGE_TYPES)[number];

/** seed 37252: InstanceChargePrepaid.Period, months. */
export const PREPAID_PERIODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36, 48, 60] as const;

/** seed 37255–37262: RenewFlag; NOTIFY_AND_MANUAL_RENEW is the default. */
export const RENEW_FLAGS = ["NOTIFY_AND_AUTO_RENEW", "NOTIFY_AND_MANUAL_RENEW", "DISABLE_NOTIFY_AND_MANUAL_RENEW"] as const;
export type RenewFlag = (typeof RENEW_FLAGS)[number];

/** seed 37624–37630: InternetAccessible.InternetChargeType. */
export const INTERNET_CHARGE_TYPES = ["TRAFFIC_POSTPAID_BY_HOUR", "BANDWIDTH_POSTPAID_BY_HOUR", "BANDWIDTH_PREPAID", "BANDWIDTH_PACKAGE"] as const;
export type InternetChargeType = (typeof INTERNET_CHARGE_TYPES)[number];

/**
 * Public bandwidth caps, Mbps (seed 37640 only says "不同机型带宽上限范围不一致"; these are Tencent's published limits,
 * the same the emulator enforces).
 */
export const MAX_BANDWIDTH: Record<InternetChargeType, number> = {
  TRAFFIC_POSTPAID_BY_HOUR: 100,
  BANDWIDTH_POSTPAID_BY_HOUR: 100,
  BANDWIDTH_PREPAID: 200,
  BANDWIDTH_PACKAGE: 2000,
};

/** seed 24936–24940: DescribeImages image-type values; MARKET = a marketplace image id typed in (no list API in CVM). */
export const IMAGE_SOURCES = ["PUBLIC_IMAGE", "PRIVATE_IMAGE", "SHARED_IMAGE", "MARKET"] as const;
export type ImageSource = (typeof IMAGE_SOURCES)[number];

/** seed 38213–38243: LoginSettings: a password, key pairs, the image's own login, or a random password sent by message. */
export const LOGIN_MODES = ["password", "keyPair", "keepImage", "random"] as const;
export type LoginMode = (typeof LOGIN_MODES)[number];

/** Issue 6: the wizard buys 1–100 at a time (the API allows up to 500, seed 8713). */
export const MIN_COUNT = 1;
export const MAX_COUNT = 100;

/** seed 8737: InstanceName at most 128 characters, patterns included. */
export const MAX_INSTANCE_NAME = 128;

/** seed 8702–8706: at most 20 cloud data disks (and 1 local) per launch. */
export const MAX_DATA_DISKS = 20;

/** seed 39185 (SystemDisk.DiskType) and 36169–36193 (DataDisk.DiskType): the disk types that may be chosen. */
export const CLOUD_DISK_TYPES = ["CLOUD_PREMIUM", "CLOUD_BSSD", "CLOUD_SSD", "CLOUD_HSSD", "CLOUD_TSSD", "CLOUD_BASIC"] as const;
export const LOCAL_DISK_TYPES = ["LOCAL_BASIC", "LOCAL_SSD"] as const;
export type DiskType = (typeof CLOUD_DISK_TYPES)[number] | (typeof LOCAL_DISK_TYPES)[number];

export interface SizeRule {
  min: number;
  max: number;
  step: number;
}

/**
 * Disk sizes in GB. seed 36163: data disks in steps of 10; seed 9612: a CLOUD_SSD data disk is at least 100 GB;
 * seed 39218: the system disk defaults to 50. The other bounds are Tencent's published CBS limits (not in the seed).
 */
export const SYSTEM_DISK_RULE: SizeRule = { min: 20, max: 2048, step: 1 };
export const LOCAL_SYSTEM_DISK_RULE: SizeRule = { min: 20, max: 50, step: 1 };
export function dataDiskRule(type: string): SizeRule {
  if (type === "CLOUD_SSD") return { min: 100, max: 32000, step: 10 };
  if (type === "CLOUD_TSSD") return { min: 460, max: 32000, step: 10 };
  if (type === "CLOUD_BSSD" || type === "CLOUD_HSSD") return { min: 20, max: 32000, step: 10 };
  if (type === "LOCAL_BASIC" || type === "LOCAL_SSD") return { min: 10, max: 2000, step: 10 };
  return { min: 10, max: 32000, step: 10 };
}
export const DEFAULT_SYSTEM_DISK_SIZE = 50;

/** seed 21047 / 8848: UserData is base64, at most 16 KB. */
export const MAX_USER_DATA_BYTES = 16 * 1024;

/** Tags: Tencent's tag limits (50 per resource, key ≤ 127, value ≤ 255; not in the seed). */
export const MAX_TAGS = 50;

/** A month as the console shows monthly equivalents of hourly prices: 30 days. */
export const HOURS_PER_MONTH = 720;
