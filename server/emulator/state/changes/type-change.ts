// Which instance types an instance may change to (ResetInstancesType seed 19784–20165,
// DescribeInstancesModification seed 17097–17358). The rules are the seed's documented refusals: the system
// disk line (seed 19784), same zone and stock, and the family moves of the error table (ARM, GPU, FPGA,
// local disks). Every refusal names the code ResetInstancesType documents for it.
import { isSoldOut, isTypeOfferedInZone, typesForZone } from "../../catalog/compute/availability";
import { dataDiskTypes, isLocalDiskType, localDiskKindOf, systemDiskTypes } from "../../catalog/compute/disks";
import { findInstanceType, isWellFormedInstanceType, toInstanceTypeConfig, type InstanceTypeDef } from "../../catalog/compute/instance-types";
import type { InstanceRecord } from "../instances/record";

export interface Refusal {
  code: string;
  en: string;
  zh: string;
}

const refuse = (code: string, en: string, zh: string): Refusal => ({ code, en, zh });

/** seed 19784: "目前只支持系统盘类型是CLOUD_BASIC、CLOUD_PREMIUM、CLOUD_SSD、CLOUD_BSSD类型的实例". */
export const RESIZABLE_SYSTEM_DISKS = ["CLOUD_BASIC", "CLOUD_PREMIUM", "CLOUD_SSD", "CLOUD_BSSD"];

type Rec = Pick<InstanceRecord, "InstanceId" | "InstanceType" | "InstanceChargeType" | "Placement" | "SystemDisk" | "DataDisks">;

/** Why this instance cannot change type at all (before looking at a target), or null. */
export function instanceRefusal(rec: Rec): Refusal | null {
  // seed 19784: "目前不支持CDH实例使用该接口调整机型".
  if (rec.InstanceChargeType === "CDHPAID") {
    return refuse("InvalidInstance.NotSupported", "Instances on a CDH cannot change type.", "目前不支持CDH实例调整机型。");
  }
  if (!RESIZABLE_SYSTEM_DISKS.includes(rec.SystemDisk.DiskType ?? "")) {
    return refuse(
      "UnsupportedOperation.SystemDiskType",
      `Instances with a ${rec.SystemDisk.DiskType} system disk cannot change type.`,
      `系统盘类型为 ${rec.SystemDisk.DiskType} 的实例不支持调整机型。`,
    );
  }
  return null;
}

/** Why `target` is no move for the instance's family and disks (stock aside), or null. */
export function familyRefusal(rec: Rec, target: InstanceTypeDef): Refusal | null {
  const current = findInstanceType(rec.InstanceType);
  if (!current) return refuse("UnsupportedOperation.OriginalInstanceTypeInvalid", `The current type ${rec.InstanceType} is not valid.`, "无效的原机型。");
  const from = current.family;
  const to = target.family;
  const sameFamily = from.family === to.family;
  if (from.architecture === "arm" && to.architecture !== "arm") {
    return refuse("UnsupportedOperation.UnsupportedARMChangeInstanceFamily", "An ARM instance can only change to ARM types.", "当前实例不允许变配到非ARM机型。");
  }
  if (from.architecture !== "arm" && to.architecture === "arm") {
    return refuse("UnsupportedOperation.UnsupportedChangeInstanceFamilyToARM", "A non-ARM instance cannot change to an ARM type.", "非ARM机型不支持调整到ARM机型。");
  }
  if (from.category !== "gpu" && to.category === "gpu") {
    return refuse("InvalidParameterValue.GPUInstanceFamily", "A non-GPU instance cannot change to a GPU type.", "非GPU实例不允许转为GPU实例。");
  }
  if (from.category === "gpu" && !sameFamily) {
    return refuse("InvalidParameterValue.InvalidGPUFamilyChange", "A GPU instance can only change within its GPU family.", "不支持转为非GPU或其他类型GPU实例。");
  }
  if ((from.category === "fpga" || to.category === "fpga") && !sameFamily) {
    return refuse("UnsupportedOperation.HeterogeneousChangeInstanceFamily", "Heterogeneous types cannot change family.", "异构机型不支持跨机型调整。");
  }
  const hasLocalData = rec.DataDisks.some((d) => isLocalDiskType(d.DiskType ?? ""));
  if (hasLocalData && !sameFamily) {
    return refuse("UnsupportedOperation.LocalDataDiskChangeInstanceFamily", "Instances with local data disks cannot change family.", "机型数据盘全为本地盘不支持跨机型调整。");
  }
  const bundled = localDiskKindOf(to.family);
  if ((bundled === "LOCAL_NVME" || bundled === "LOCAL_PRO") && !sameFamily) {
    return refuse(
      "UnsupportedOperation.UnsupportedChangeInstanceToThisInstanceFamily",
      `Instances cannot change to the ${to.family} family (its local disks come with the type).`,
      `不支持实例变配到 ${to.family} 机型。`,
    );
  }
  const zone = rec.Placement.Zone ?? "";
  const sysOk = systemDiskTypes(zone, target.instanceType).includes(rec.SystemDisk.DiskType as never);
  const dataOk = rec.DataDisks.every((d) => isLocalDiskType(d.DiskType ?? "") || dataDiskTypes(zone, target.instanceType).includes(d.DiskType as never));
  if (!sysOk || !dataOk) {
    return refuse("ResourceInsufficient.CloudDiskUnavailable", `The instance's disks are not available with ${target.instanceType}.`, `实例的云盘类型不支持机型 ${target.instanceType}。`);
  }
  // seed 20140: a spot instance needs a type that is sold as spot.
  if (rec.InstanceChargeType === "SPOTPAID" && !to.spot) {
    return refuse("UnsupportedOperation.NoInstanceTypeSupportSpot", `${target.instanceType} is not sold as spot.`, "该实例类型不支持竞价计费。");
  }
  return null;
}

/** The refusal of a change of `rec` to `instanceType` (ResetInstancesType), stock included, or null. */
export function typeChangeRefusal(rec: Rec, instanceType: string): Refusal | null {
  if (!isWellFormedInstanceType(instanceType)) {
    return refuse("InvalidInstanceType.Malformed", `The instance type "${instanceType}" is malformed.`, `指定InstanceType参数格式不合法：${instanceType}。`);
  }
  const early = instanceRefusal(rec);
  if (early) return early;
  if (instanceType === rec.InstanceType) {
    return refuse("InvalidParameterValue", `The instance is already of type ${instanceType}.`, `实例已经是 ${instanceType} 机型。`);
  }
  const zone = rec.Placement.Zone ?? "";
  const target = findInstanceType(instanceType);
  if (!target) return refuse("ResourceNotFound.InvalidZoneInstanceType", `The type ${instanceType} does not exist in ${zone}.`, `可用区 ${zone} 不支持机型 ${instanceType}。`);
  if (!isTypeOfferedInZone(zone, instanceType)) {
    return refuse("ResourceUnavailable.InstanceType", `${zone} does not sell ${instanceType}.`, `可用区 ${zone} 不售卖机型 ${instanceType}。`);
  }
  const family = familyRefusal(rec, target);
  if (family) return family;
  if (isSoldOut(zone, instanceType)) {
    return refuse("ResourcesSoldOut.SpecifiedInstanceType", `${instanceType} is sold out in ${zone}.`, `指定的实例类型 ${instanceType} 在 ${zone} 已售罄。`);
  }
  return null;
}

/** A smaller CPU or memory counts as a downgrade (INSTANCE_DEGRADE, seed 11593). */
export function isDowngrade(fromType: string, toType: string): boolean {
  const from = findInstanceType(fromType);
  const to = findInstanceType(toType);
  return !!from && !!to && (to.cpu < from.cpu || to.memory < from.memory);
}

/** InstanceTypeConfigStatus (seed 37440–37458): SELL, or UNAVAILABLE when sold out (the statuses of seed 17130). */
export interface TargetConfigStatus {
  Status: "SELL" | "UNAVAILABLE";
  Message: string;
  InstanceTypeConfig: ReturnType<typeof toInstanceTypeConfig>;
}

/**
 * DescribeInstancesModification: the types every one of `recs` (one zone) may change to, in catalogue order,
 * with their stock. Instances that cannot change type at all have none.
 */
export function modificationTargets(recs: readonly Rec[]): TargetConfigStatus[] {
  if (recs.some((r) => instanceRefusal(r))) return [];
  const zone = recs[0].Placement.Zone ?? "";
  return typesForZone(zone)
    .filter((t) => recs.every((r) => r.InstanceType !== t.instanceType && familyRefusal(r, t) === null))
    .map((t) => {
      const soldOut = isSoldOut(zone, t.instanceType);
      return {
        Status: soldOut ? "UNAVAILABLE" : "SELL",
        Message: soldOut ? "该机型在当前可用区已售罄" : "",
        InstanceTypeConfig: toInstanceTypeConfig(t, zone),
      };
    });
}
