// DescribeZoneInstanceConfigInfos items: InstanceTypeQuotaItem (seed 37462–37608), one per (zone, type, charge type),
// every member present as in the seed example (seed 20740–20830).
import { zoneItemPrice } from "../../pricing/zone-price";
import type { ItemPrice } from "../../pricing/item-price";
import { chargeTypesFor, stockFor, typesForZone, type ZoneChargeType } from "./availability";
import { LOCAL_NVME_DISK_GB, LOCAL_PRO_BLOCK_GB, localDiskKindOf, localDiskTypeList, type LocalDiskTypeRow } from "./disks";
import type { InstanceTypeDef } from "./instance-types";

export interface Externals {
  ReleaseAddress?: boolean;
  UnsupportNetworks?: string[];
  StorageBlockAttr?: { Type: string; MinSize: number; MaxSize: number };
}

export interface InstanceTypeQuotaItem {
  Zone: string;
  InstanceType: string;
  InstanceChargeType: string;
  NetworkCard: number;
  Externals: Externals;
  Cpu: number;
  Memory: number;
  InstanceFamily: string;
  TypeName: string;
  LocalDiskTypeList: LocalDiskTypeRow[];
  Status: string;
  Price: ItemPrice;
  SoldOutReason: string;
  InstanceBandwidth: number;
  InstancePps: number;
  StorageBlockAmount: number;
  CpuType: string;
  Gpu: number;
  Fpga: number;
  Remark: string;
  GpuCount: number;
  Frequency: string;
  StatusCategory: string;
}

/** Externals (seed 36413–36440): legacy hosts say nothing; newer ones no longer join the classic network. */
function externalsOf(t: InstanceTypeDef): Externals {
  const out: Externals = {};
  if (t.family.generation !== "legacy") out.UnsupportNetworks = ["BASIC"];
  if (localDiskKindOf(t.family.family) === "LOCAL_PRO") {
    out.StorageBlockAttr = { Type: "LOCAL_PRO", MinSize: LOCAL_PRO_BLOCK_GB, MaxSize: LOCAL_PRO_BLOCK_GB };
  }
  return out;
}

/** Remark, in the seed's wording ("搭载1 块 11176 GB SATA HDD 本地硬盘", seed 37578). */
function remarkOf(t: InstanceTypeDef, language?: string): string {
  const kind = localDiskKindOf(t.family.family);
  const en = language === "en-US";
  if (kind === "LOCAL_PRO") return en ? `${t.localUnits} × ${LOCAL_PRO_BLOCK_GB} GB SATA HDD local disks` : `搭载${t.localUnits} 块 ${LOCAL_PRO_BLOCK_GB} GB SATA HDD 本地硬盘`;
  if (kind === "LOCAL_NVME") return en ? `${t.localUnits} × ${LOCAL_NVME_DISK_GB} GB NVMe SSD local disks` : `搭载${t.localUnits} 块 ${LOCAL_NVME_DISK_GB} GB NVMe SSD 本地硬盘`;
  if (t.family.gpuModel) {
    const cards = t.gpuCount < 1 ? `1/${Math.round(1 / t.gpuCount)}` : String(t.gpuCount);
    return en ? `${cards} × ${t.family.gpuModel} GPU` : `搭载${cards} 颗 ${t.family.gpuModel} GPU`;
  }
  if (t.family.fpgaModel) return en ? `${t.fpga} × ${t.family.fpgaModel} FPGA` : `搭载${t.fpga} 块 ${t.family.fpgaModel} FPGA`;
  return "";
}

export function toInstanceTypeQuotaItem(zone: string, t: InstanceTypeDef, chargeType: ZoneChargeType, language?: string): InstanceTypeQuotaItem {
  const stock = stockFor(zone, t.instanceType) ?? { status: "SOLD_OUT", statusCategory: "WithoutStock", soldOutReason: "" };
  return {
    Zone: zone,
    InstanceType: t.instanceType,
    InstanceChargeType: chargeType,
    NetworkCard: t.family.networkCard,
    Externals: externalsOf(t),
    Cpu: t.cpu,
    Memory: t.memory,
    InstanceFamily: t.family.family,
    // seed 20800 shows "Standard S2" (English caller); seed 37517 "标准型S5" (Chinese).
    TypeName: language === "en-US" ? t.family.nameEn : t.family.nameZh,
    LocalDiskTypeList: localDiskTypeList(t),
    Status: stock.status,
    Price: zoneItemPrice(zone, t.instanceType, chargeType),
    SoldOutReason: stock.soldOutReason,
    InstanceBandwidth: t.instanceBandwidth,
    InstancePps: t.instancePps,
    StorageBlockAmount: t.localUnits,
    CpuType: t.family.cpuType,
    Gpu: t.gpu,
    Fpga: t.fpga,
    Remark: remarkOf(t, language),
    GpuCount: t.gpuCount,
    Frequency: t.family.frequency,
    StatusCategory: stock.statusCategory,
  };
}

/** Every item of a zone: each offered type under each charge type it sells with. Filters are the handler's job. */
export function zoneInstanceConfigInfos(zone: string, language?: string): InstanceTypeQuotaItem[] {
  return typesForZone(zone).flatMap((t) => chargeTypesFor(zone, t).map((c) => toInstanceTypeQuotaItem(zone, t, c, language)));
}
