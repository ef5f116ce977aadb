// Instance families the emulator sells. Names follow Tencent's public product line (标准型S5, 内存型M5, GPU计算型GN7 ...);
// the seed fixes the shapes (InstanceFamilyConfig seed 37280, InstanceTypeQuotaItem seed 37462) and gives the
// examples we copy: CpuType "Intel Xeon Cascade Lake 8255C" (seed 37563), Frequency "-/3.1GHz" form (seed 37593),
// NetworkCard 25 (seed 37494), legacy S2 with "Intel Xeon E5-2680 v4"/"2.4GHz"/NetworkCard 0 (seed 20747–20830) and the
// I1 types of the DescribeInstanceTypeConfigs example (seed 11395).
// Prices are not here: pricing/rates.ts holds every coefficient.

export type FamilyCategory = "standard" | "memory" | "compute" | "high-io" | "big-data" | "gpu" | "fpga";
export type Architecture = "x86_64" | "arm";
/** Which cloud-disk line a family supports (see disks.ts): legacy hosts still take CLOUD_BASIC, latest ones CLOUD_TSSD. */
export type Generation = "legacy" | "current" | "latest";

/** [type suffix, vCPU, memory GiB, accelerators (GPU cards, may be < 1 for vGPU; FPGA cards), local disks/blocks]. */
export type SizeRow = readonly [suffix: string, cpu: number, memory: number, accel?: number, localUnits?: number];

export interface FamilyDef {
  family: string;
  nameZh: string;
  nameEn: string;
  category: FamilyCategory;
  architecture: Architecture;
  generation: Generation;
  cpuType: string;
  frequency: string;
  /** NIC speed in Gbps (InstanceTypeQuotaItem.NetworkCard). */
  networkCard: number;
  /** Share of zones that offer the family, decided per zone by a stable hash (1 = every zone). */
  zoneShare: number;
  /** Only offered in zones numbered 1 or 2 (old hardware stays where it was installed). */
  legacyZonesOnly?: boolean;
  /** SPOTPAID offered for this family. */
  spot: boolean;
  gpuModel?: string;
  fpgaModel?: string;
  /** Intranet bandwidth (Gbps) = clamp(cpu × perCpu, min, max); PPS (万) likewise. */
  bandwidth: readonly [perCpu: number, min: number, max: number];
  pps: readonly [perCpu: number, min: number, max: number];
  sizes: readonly SizeRow[];
}

const INTEL_CLX = "Intel Xeon Cascade Lake 8255C";
const INTEL_ICX = "Intel Xeon Ice Lake 8374C";
const INTEL_E5 = "Intel Xeon E5-2680 v4";

export const FAMILIES: readonly FamilyDef[] = [
  {
    family: "S2", nameZh: "标准型S2", nameEn: "Standard S2", category: "standard", architecture: "x86_64",
    generation: "legacy", cpuType: INTEL_E5, frequency: "2.4GHz", networkCard: 0, zoneShare: 1,
    legacyZonesOnly: true, spot: false, bandwidth: [0.375, 1.5, 10], pps: [5, 20, 70],
    sizes: [["SMALL1", 1, 1], ["SMALL2", 1, 2], ["SMALL4", 1, 4], ["MEDIUM4", 2, 4], ["MEDIUM8", 2, 8],
      ["LARGE8", 4, 8], ["LARGE16", 4, 16], ["2XLARGE16", 8, 16], ["2XLARGE32", 8, 32], ["4XLARGE32", 16, 32], ["4XLARGE64", 16, 64]],
  },
  {
    family: "I1", nameZh: "高IO型I1", nameEn: "High IO I1", category: "high-io", architecture: "x86_64",
    generation: "legacy", cpuType: INTEL_E5, frequency: "2.4GHz", networkCard: 0, zoneShare: 1,
    legacyZonesOnly: true, spot: false, bandwidth: [0.375, 1.5, 10], pps: [5, 20, 70],
    sizes: [["MEDIUM4", 2, 4], ["MEDIUM8", 2, 8], ["MEDIUM16", 2, 16], ["LARGE8", 4, 8], ["LARGE16", 4, 16],
      ["2XLARGE16", 8, 16], ["2XLARGE32", 8, 32]],
  },
  {
    family: "S5", nameZh: "标准型S5", nameEn: "Standard S5", category: "standard", architecture: "x86_64",
    generation: "current", cpuType: INTEL_CLX, frequency: "2.5GHz/3.1GHz", networkCard: 25, zoneShare: 1,
    spot: true, bandwidth: [0.375, 1.5, 13], pps: [6.25, 25, 200],
    sizes: [["SMALL1", 1, 1], ["SMALL2", 1, 2], ["SMALL4", 1, 4], ["MEDIUM4", 2, 4], ["MEDIUM8", 2, 8],
      ["LARGE8", 4, 8], ["LARGE16", 4, 16], ["2XLARGE16", 8, 16], ["2XLARGE32", 8, 32], ["4XLARGE32", 16, 32],
      ["4XLARGE64", 16, 64], ["6XLARGE48", 24, 48], ["6XLARGE96", 24, 96], ["8XLARGE64", 32, 64], ["8XLARGE128", 32, 128],
      // seed 11322: "S5.12XLARGE128、S5.12XLARGE96" are the filter examples.
      ["12XLARGE96", 48, 96], ["12XLARGE128", 48, 128], ["16XLARGE128", 64, 128], ["16XLARGE256", 64, 256]],
  },
  {
    family: "S6", nameZh: "标准型S6", nameEn: "Standard S6", category: "standard", architecture: "x86_64",
    generation: "latest", cpuType: INTEL_ICX, frequency: "2.7GHz/3.3GHz", networkCard: 50, zoneShare: 0.85,
    spot: true, bandwidth: [0.5, 2, 25], pps: [8, 30, 400],
    sizes: [["MEDIUM2", 2, 2], ["MEDIUM4", 2, 4], ["MEDIUM8", 2, 8], ["LARGE8", 4, 8], ["LARGE16", 4, 16],
      ["2XLARGE16", 8, 16], ["2XLARGE32", 8, 32], ["4XLARGE32", 16, 32], ["4XLARGE64", 16, 64], ["8XLARGE64", 32, 64],
      ["8XLARGE128", 32, 128], ["16XLARGE128", 64, 128], ["16XLARGE256", 64, 256]],
  },
  {
    family: "SA2", nameZh: "标准型SA2", nameEn: "Standard SA2", category: "standard", architecture: "x86_64",
    generation: "current", cpuType: "AMD EPYC ROME", frequency: "2.6GHz/3.3GHz", networkCard: 25, zoneShare: 1,
    spot: true, bandwidth: [0.375, 1.5, 12], pps: [6.25, 25, 180],
    sizes: [["SMALL1", 1, 1], ["SMALL2", 1, 2], ["MEDIUM4", 2, 4], ["MEDIUM8", 2, 8], ["LARGE8", 4, 8],
      ["LARGE16", 4, 16], ["2XLARGE16", 8, 16], ["2XLARGE32", 8, 32], ["4XLARGE32", 16, 32], ["4XLARGE64", 16, 64],
      ["8XLARGE64", 32, 64], ["8XLARGE128", 32, 128]],
  },
  {
    family: "SA3", nameZh: "标准型SA3", nameEn: "Standard SA3", category: "standard", architecture: "x86_64",
    generation: "latest", cpuType: "AMD EPYC Milan", frequency: "2.55GHz/3.5GHz", networkCard: 50, zoneShare: 0.8,
    spot: true, bandwidth: [0.5, 2, 25], pps: [8, 30, 400],
    sizes: [["MEDIUM4", 2, 4], ["MEDIUM8", 2, 8], ["LARGE8", 4, 8], ["LARGE16", 4, 16], ["2XLARGE16", 8, 16],
      ["2XLARGE32", 8, 32], ["4XLARGE32", 16, 32], ["4XLARGE64", 16, 64], ["8XLARGE64", 32, 64], ["8XLARGE128", 32, 128],
      ["16XLARGE256", 64, 256]],
  },
  {
    family: "SR1", nameZh: "标准型SR1", nameEn: "Standard SR1", category: "standard", architecture: "arm",
    generation: "latest", cpuType: "Ampere Altra", frequency: "-/2.8GHz", networkCard: 25, zoneShare: 0.4,
    spot: false, bandwidth: [0.375, 1.5, 16], pps: [6.25, 25, 200],
    sizes: [["MEDIUM4", 2, 4], ["LARGE8", 4, 8], ["2XLARGE16", 8, 16], ["4XLARGE32", 16, 32], ["8XLARGE64", 32, 64],
      ["16XLARGE128", 64, 128]],
  },
  {
    family: "M5", nameZh: "内存型M5", nameEn: "Memory Optimized M5", category: "memory", architecture: "x86_64",
    generation: "current", cpuType: INTEL_CLX, frequency: "2.5GHz/3.1GHz", networkCard: 25, zoneShare: 0.95,
    spot: true, bandwidth: [0.375, 1.5, 13], pps: [6.25, 25, 200],
    sizes: [["SMALL8", 1, 8], ["MEDIUM16", 2, 16], ["LARGE32", 4, 32], ["2XLARGE64", 8, 64], ["4XLARGE128", 16, 128],
      ["8XLARGE256", 32, 256], ["16XLARGE512", 64, 512]],
  },
  {
    family: "M6", nameZh: "内存型M6", nameEn: "Memory Optimized M6", category: "memory", architecture: "x86_64",
    generation: "latest", cpuType: INTEL_ICX, frequency: "2.7GHz/3.3GHz", networkCard: 50, zoneShare: 0.7,
    spot: true, bandwidth: [0.5, 2, 25], pps: [8, 30, 400],
    sizes: [["MEDIUM16", 2, 16], ["LARGE32", 4, 32], ["2XLARGE64", 8, 64], ["4XLARGE128", 16, 128],
      ["8XLARGE256", 32, 256], ["16XLARGE512", 64, 512]],
  },
  {
    family: "MA3", nameZh: "内存型MA3", nameEn: "Memory Optimized MA3", category: "memory", architecture: "x86_64",
    generation: "latest", cpuType: "AMD EPYC Milan", frequency: "2.55GHz/3.5GHz", networkCard: 50, zoneShare: 0.6,
    spot: true, bandwidth: [0.5, 2, 25], pps: [8, 30, 400],
    sizes: [["MEDIUM16", 2, 16], ["LARGE32", 4, 32], ["2XLARGE64", 8, 64], ["4XLARGE128", 16, 128], ["8XLARGE256", 32, 256]],
  },
  {
    family: "C5", nameZh: "计算型C5", nameEn: "Compute C5", category: "compute", architecture: "x86_64",
    generation: "current", cpuType: "Intel Xeon Cascade Lake 6231C", frequency: "3.4GHz/3.9GHz", networkCard: 25,
    zoneShare: 0.9, spot: true, bandwidth: [0.5, 1.5, 15], pps: [8, 30, 250],
    sizes: [["LARGE8", 4, 8], ["LARGE16", 4, 16], ["2XLARGE16", 8, 16], ["2XLARGE32", 8, 32], ["4XLARGE32", 16, 32],
      ["4XLARGE64", 16, 64], ["8XLARGE64", 32, 64], ["16XLARGE128", 64, 128]],
  },
  {
    family: "C6", nameZh: "计算型C6", nameEn: "Compute C6", category: "compute", architecture: "x86_64",
    generation: "latest", cpuType: INTEL_ICX, frequency: "3.2GHz/3.5GHz", networkCard: 50, zoneShare: 0.7,
    spot: true, bandwidth: [0.6, 2, 30], pps: [10, 40, 500],
    sizes: [["LARGE8", 4, 8], ["2XLARGE16", 8, 16], ["4XLARGE32", 16, 32], ["8XLARGE64", 32, 64], ["16XLARGE128", 64, 128]],
  },
  {
    // Local NVMe disks come with the type (LOCAL_NVME, seed 36177: "与InstanceType强相关，不支持指定").
    family: "IT5", nameZh: "高IO型IT5", nameEn: "High IO IT5", category: "high-io", architecture: "x86_64",
    generation: "current", cpuType: INTEL_CLX, frequency: "2.5GHz/3.1GHz", networkCard: 25, zoneShare: 0.6,
    spot: false, bandwidth: [0.375, 6, 25], pps: [6.25, 100, 400],
    sizes: [["4XLARGE64", 16, 64, 0, 1], ["8XLARGE128", 32, 128, 0, 2], ["16XLARGE256", 64, 256, 0, 4]],
  },
  {
    // HDD storage blocks (LOCAL_PRO, StorageBlock seed 39131; Remark example "搭载1 块 11176 GB SATA HDD 本地硬盘" seed 37578).
    family: "D3", nameZh: "大数据型D3", nameEn: "Big Data D3", category: "big-data", architecture: "x86_64",
    generation: "current", cpuType: INTEL_CLX, frequency: "2.5GHz/3.1GHz", networkCard: 25, zoneShare: 0.5,
    spot: false, bandwidth: [0.375, 3, 25], pps: [6.25, 50, 400],
    sizes: [["2XLARGE32", 8, 32, 0, 3], ["4XLARGE64", 16, 64, 0, 6], ["8XLARGE128", 32, 128, 0, 12], ["16XLARGE256", 64, 256, 0, 24]],
  },
  {
    family: "GN7", nameZh: "GPU计算型GN7", nameEn: "GPU Compute GN7", category: "gpu", architecture: "x86_64",
    generation: "current", cpuType: INTEL_CLX, frequency: "2.5GHz/3.1GHz", networkCard: 25, zoneShare: 0.5,
    spot: false, gpuModel: "NVIDIA T4", bandwidth: [0.25, 3, 20], pps: [3, 60, 250],
    sizes: [["2XLARGE32", 8, 32, 1], ["5XLARGE80", 20, 80, 1], ["8XLARGE128", 32, 128, 1], ["10XLARGE160", 40, 160, 2],
      ["20XLARGE320", 80, 320, 4]],
  },
  {
    // vGPU: GpuCount < 1 (seed 37580: "vGPU卡型小于1，直通卡型大于等于1").
    family: "GNV4", nameZh: "GPU渲染型GNV4", nameEn: "GPU Rendering GNV4", category: "gpu", architecture: "x86_64",
    generation: "latest", cpuType: INTEL_ICX, frequency: "2.7GHz/3.3GHz", networkCard: 25, zoneShare: 0.4,
    spot: false, gpuModel: "NVIDIA A10", bandwidth: [0.375, 2, 15], pps: [6.25, 30, 200],
    sizes: [["LARGE20", 4, 20, 0.25], ["2XLARGE40", 8, 40, 0.5], ["4XLARGE80", 16, 80, 1]],
  },
  {
    family: "GN10Xp", nameZh: "GPU计算型GN10Xp", nameEn: "GPU Compute GN10Xp", category: "gpu", architecture: "x86_64",
    generation: "current", cpuType: INTEL_CLX, frequency: "2.5GHz/3.1GHz", networkCard: 25, zoneShare: 0.3,
    spot: false, gpuModel: "NVIDIA V100 NVLink 32GB", bandwidth: [0.3, 3, 25], pps: [4, 80, 490],
    sizes: [["2XLARGE40", 10, 40, 1], ["5XLARGE80", 20, 80, 2], ["10XLARGE160", 40, 160, 4], ["20XLARGE320", 80, 320, 8]],
  },
  {
    family: "GT4", nameZh: "GPU计算型GT4", nameEn: "GPU Compute GT4", category: "gpu", architecture: "x86_64",
    generation: "latest", cpuType: "AMD EPYC ROME", frequency: "2.6GHz/3.3GHz", networkCard: 100, zoneShare: 0.25,
    spot: false, gpuModel: "NVIDIA A100 NVLink 40GB", bandwidth: [0.3, 5, 50], pps: [4, 100, 1200],
    sizes: [["4XLARGE96", 16, 96, 1], ["8XLARGE192", 32, 192, 2], ["20XLARGE474", 82, 474, 4], ["41XLARGE948", 164, 948, 8]],
  },
  {
    // High-performance computing cluster types: launched into an HPC cluster (RunInstances HpcClusterId, seed 8904–8908:
    // "若创建的实例为高性能计算实例，需指定实例放置的集群"), RDMA between the cluster's members.
    family: "HCCIC5", nameZh: "高性能计算集群HCCIC5", nameEn: "HPC Cluster HCCIC5", category: "compute", architecture: "x86_64",
    generation: "current", cpuType: "Intel Xeon Cascade Lake 6271C", frequency: "2.6GHz/3.3GHz", networkCard: 100, zoneShare: 0.5,
    spot: false, bandwidth: [0.25, 25, 25], pps: [4, 300, 400],
    sizes: [["24XLARGE384", 96, 384]],
  },
  {
    // seed 35344: the HPC cluster InstanceType example "HCCPNV4ane.58XLARGE1929" (232 vCPU, 1929 GiB, 8 GPUs).
    family: "HCCPNV4ane", nameZh: "高性能计算集群HCCPNV4ane", nameEn: "HPC Cluster HCCPNV4ane", category: "gpu", architecture: "x86_64",
    generation: "latest", cpuType: "AMD EPYC Milan", frequency: "2.55GHz/3.5GHz", networkCard: 100, zoneShare: 0.25,
    spot: false, gpuModel: "NVIDIA A800 NVLink 80GB", bandwidth: [0.2, 50, 50], pps: [4, 500, 1200],
    sizes: [["58XLARGE1929", 232, 1929, 8]],
  },
  {
    family: "FX4", nameZh: "FPGA型FX4", nameEn: "FPGA FX4", category: "fpga", architecture: "x86_64",
    generation: "current", cpuType: "Intel Xeon Skylake 6133", frequency: "2.5GHz/3.0GHz", networkCard: 25, zoneShare: 0.2,
    spot: false, fpgaModel: "Xilinx VU9P", bandwidth: [0.3, 3, 20], pps: [4, 60, 300],
    sizes: [["4XLARGE64", 16, 64, 1], ["8XLARGE128", 32, 128, 2], ["16XLARGE256", 64, 256, 4]],
  },
];

const BY_FAMILY = new Map(FAMILIES.map((f) => [f.family, f]));

export function findFamily(family: string): FamilyDef | undefined {
  return BY_FAMILY.get(family);
}

/** InstanceFamilyConfig (seed 37280): zh full name by default, English for en-US callers. */
export function toInstanceFamilyConfig(f: FamilyDef, language?: string): { InstanceFamilyName: string; InstanceFamily: string } {
  return { InstanceFamilyName: language === "en-US" ? f.nameEn : f.nameZh, InstanceFamily: f.family };
}
