// Every price coefficient of the emulator, in CNY for mainland China. Chosen so the model reproduces the seed's own
// price examples:
//   - S5.16XLARGE256 + 50 GB + 100 GB CLOUD_PREMIUM: 16.09 CNY/hour postpaid and 8884.5 CNY for one prepaid month
//     (InquiryPriceRunInstances examples, seed 12670 and 12367): S5 = 0.11/vCPU·h + 0.035/GiB·h,
//     CLOUD_PREMIUM = 0.0006/GB·h and 0.35/GB·month, a month = 552 × the hourly price.
//   - the minimal inquiry in ap-shanghai-2, 0.2 / 0.12 / 0.1 per hour for (0,96) / (96,360) / (360,∞) hours
//     (seed 12480–12492; ItemPrice steps seed 37736–37800): legacy S2.SMALL1 + 50 GB premium, steps 60% and 50%.
//   - S2.SMALL1 at 59/month, 708 a year list and 587.64 a year paid: a 12-month term costs 83%
//     (DescribeZoneInstanceConfigInfos example, seed 20772–20788).
//   - traffic at 0.8 CNY/GB (seed 12395, 30951–30953).
// The rest are realistic Tencent list prices (not in the seed).

export interface FamilyRate {
  cpuHour: number;
  memHour: number;
  /** Per physical GPU card (a vGPU slice pays its fraction), per FPGA card, per bundled local disk / HDD block. */
  gpuHour?: number;
  fpgaHour?: number;
  localUnitHour?: number;
  /** Monthly coefficients where they are not 552 × hourly (legacy lines). */
  cpuMonth?: number;
  memMonth?: number;
  /** Postpaid price falls with usage: ItemPrice *SecondStep / *ThirdStep differ (seed 37736–37800). */
  tieredHourly?: boolean;
}

/** A prepaid month costs this many postpaid hours (seed 12367 vs 12670: (8884.5 − 52.5) / (16.09 − 0.09)). */
export const MONTH_IN_HOURS = 552;

export const FAMILY_RATES: Readonly<Record<string, FamilyRate>> = {
  S2: { cpuHour: 0.12, memHour: 0.05, cpuMonth: 40, memMonth: 19, tieredHourly: true },
  I1: { cpuHour: 0.13, memHour: 0.05, cpuMonth: 44, memMonth: 20, tieredHourly: true },
  S5: { cpuHour: 0.11, memHour: 0.035 },
  S6: { cpuHour: 0.115, memHour: 0.036 },
  SA2: { cpuHour: 0.095, memHour: 0.03 },
  SA3: { cpuHour: 0.1, memHour: 0.032 },
  SR1: { cpuHour: 0.085, memHour: 0.027 },
  M5: { cpuHour: 0.1, memHour: 0.03 },
  M6: { cpuHour: 0.105, memHour: 0.031 },
  MA3: { cpuHour: 0.09, memHour: 0.028 },
  C5: { cpuHour: 0.14, memHour: 0.035 },
  C6: { cpuHour: 0.145, memHour: 0.036 },
  IT5: { cpuHour: 0.12, memHour: 0.037, localUnitHour: 0.55 },
  D3: { cpuHour: 0.1, memHour: 0.032, localUnitHour: 0.12 },
  GN7: { cpuHour: 0.12, memHour: 0.035, gpuHour: 4.0 },
  GNV4: { cpuHour: 0.12, memHour: 0.035, gpuHour: 9.0 },
  GN10Xp: { cpuHour: 0.12, memHour: 0.035, gpuHour: 16.5 },
  GT4: { cpuHour: 0.1, memHour: 0.03, gpuHour: 25.0 },
  FX4: { cpuHour: 0.12, memHour: 0.035, fpgaHour: 9.0 },
  HCCIC5: { cpuHour: 0.13, memHour: 0.038 },
  HCCPNV4ane: { cpuHour: 0.1, memHour: 0.03, gpuHour: 28.0 },
};

/** Postpaid step prices as a share of the first step (seed 12480–12492: 0.2 → 0.12 → 0.1). */
export const SECOND_STEP_RATIO = 0.6;
export const THIRD_STEP_RATIO = 0.5;

/** Per GB: hourly (postpaid) and monthly (prepaid). LOCAL_NVME / LOCAL_PRO are paid with the instance. */
export const DISK_RATES: Readonly<Record<string, { hour: number; month: number }>> = {
  CLOUD_BASIC: { hour: 0.0005, month: 0.3 },
  CLOUD_PREMIUM: { hour: 0.0006, month: 0.35 },
  CLOUD_BSSD: { hour: 0.0008, month: 0.5 },
  CLOUD_SSD: { hour: 0.0017, month: 1.0 },
  CLOUD_HSSD: { hour: 0.002, month: 1.2 },
  CLOUD_TSSD: { hour: 0.003, month: 1.8 },
  LOCAL_BASIC: { hour: 0.0003, month: 0.2 },
  LOCAL_SSD: { hour: 0.0008, month: 0.5 },
  LOCAL_NVME: { hour: 0, month: 0 },
  LOCAL_PRO: { hour: 0, month: 0 },
};

/** Public bandwidth, tiered like Tencent's: cheap up to 5 Mbps, dearer per Mbps above. */
export const BANDWIDTH_TIER_MBPS = 5;
/** BANDWIDTH_POSTPAID_BY_HOUR, per Mbps per hour. */
export const BANDWIDTH_HOUR = { upToTier: 0.063, aboveTier: 0.25 };
/** BANDWIDTH_PREPAID, per month: cumulative price of 0..5 Mbps, then per Mbps above 5. */
export const BANDWIDTH_MONTH = { cumulative: [0, 23, 46, 71, 96, 125], aboveTier: 80 };
/** TRAFFIC_POSTPAID_BY_HOUR, per GB (seed 12395: UnitPrice 0.8). */
export const TRAFFIC_PER_GB = 0.8;

/** Prepaid term discounts in percent of list (the API's Discount field, seed 37770: "20.0代表2折"). */
export const PERIOD_DISCOUNT: Readonly<Record<number, number>> = { 12: 83, 24: 70, 36: 50, 48: 38, 60: 32 };

export function periodDiscount(period: number): number {
  return PERIOD_DISCOUNT[period] ?? 100;
}

/**
 * SPOTPAID pays this percent of the postpaid instance price (seed 8845–8847: without a bid, spot is bought "按当前固定折扣价格");
 * disks are not discounted.
 */
export const SPOT_PERCENT = 20;

/** CDH hosts per month: per core, per GiB, per GB of local disk. */
export const HOST_MONTH = { cpu: 100, mem: 13, localDiskGb: 0.1 };

const MAINLAND_CITIES =
  /^ap-(guangzhou|shanghai|beijing|chengdu|chongqing|nanjing|shenzhen|wuhan|hangzhou|tianjin|xian|changsha|fuzhou|jinan|hefei|shijiazhuang|zhengzhou|qingyuan)/;

const OVERSEAS: Readonly<Record<string, number>> = {
  "ap-hongkong": 1.25,
  "ap-singapore": 1.2,
  "ap-bangkok": 1.2,
  "ap-jakarta": 1.2,
  "ap-mumbai": 1.15,
  "ap-seoul": 1.3,
  "ap-tokyo": 1.35,
  "na-siliconvalley": 1.3,
  "na-ashburn": 1.3,
  "na-toronto": 1.3,
  "eu-frankfurt": 1.35,
  "sa-saopaulo": 1.5,
};

/**
 * Every price in a region is the mainland price × this. Mainland 1.0, finance zones (*-fsi) 1.1 for their
 * isolation, named overseas regions from the table, any other region 1.3.
 */
export function regionMultiplier(region: string): number {
  if (region.endsWith("-fsi")) return 1.1;
  if (OVERSEAS[region] !== undefined) return OVERSEAS[region];
  return MAINLAND_CITIES.test(region) ? 1 : 1.3;
}
