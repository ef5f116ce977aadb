// Disk changes of an existing instance: ResizeInstanceDisks (grow one disk, seed 15084–15362) and
// ModifyInstanceDiskType (local disks → cloud disks, seed 18296–18525). Each returns the instance's new
// SystemDisk / DataDisks, to land with the operation.
import type { DataDisk, SystemDisk } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { validateDiskResize } from "../../catalog/compute/disk-validation";
import { CLOUD_DISK_TYPES, isLocalDiskType, sizeRule, systemDiskTypes, type CloudDiskType } from "../../catalog/compute/disks";
import { findInstanceType } from "../../catalog/compute/instance-types";
import { ApiError, missingParameter } from "../../protocol/errors";
import type { InstanceRecord } from "../instances/record";

export interface DiskLayout {
  SystemDisk: SystemDisk;
  DataDisks: DataDisk[];
}

type Rec = Pick<InstanceRecord, "InstanceId" | "InstanceType" | "InstanceChargeType" | "Placement" | "SystemDisk" | "DataDisks">;

const fail = (code: string, en: string, zh: string) => new ApiError(code, { en, zh });

/** ResizeInstanceDisks: the layout after growing the one disk named by `SystemDisk` or `DataDisks`. */
export function resizedLayout(rec: Rec, req: { SystemDisk?: SystemDisk; DataDisks?: DataDisk[] }): DiskLayout {
  const layout: DiskLayout = structuredClone({ SystemDisk: rec.SystemDisk, DataDisks: rec.DataDisks });
  // seed 15163: "您必须指定参数DataDisks与SystemDisk的其中一个，但不能同时指定".
  if (!req.SystemDisk && !req.DataDisks?.length) throw fail("MissingParameter.AtLeastOne", "Specify DataDisks or SystemDisk.", "请指定 DataDisks 或 SystemDisk 其中一个。");
  if (req.SystemDisk && req.DataDisks?.length) {
    throw fail("InvalidParameter", "DataDisks and SystemDisk cannot be specified together.", "DataDisks 与 SystemDisk 不能同时指定。");
  }
  if (req.SystemDisk) {
    if (req.SystemDisk.DiskSize === undefined) throw missingParameter("SystemDisk.DiskSize");
    assertSameType(req.SystemDisk.DiskType, rec.SystemDisk.DiskType, "SystemDisk");
    check(rec, "SYSTEM", rec.SystemDisk.DiskType ?? "", rec.SystemDisk.DiskSize ?? 0, req.SystemDisk.DiskSize);
    layout.SystemDisk.DiskSize = req.SystemDisk.DiskSize;
    return layout;
  }
  // seed 15084: "目前只支持扩容一块数据盘".
  if (req.DataDisks!.length > 1) throw fail("InvalidParameterValue", "Only one data disk can be resized per request.", "目前只支持扩容一块数据盘。");
  const want = req.DataDisks![0];
  const index = want.DiskId ? layout.DataDisks.findIndex((d) => d.DiskId === want.DiskId) : layout.DataDisks.length > 0 ? 0 : -1;
  if (index < 0) {
    throw fail("InvalidParameterValue", want.DiskId ? `The instance has no data disk ${want.DiskId}.` : "The instance has no data disk.", "实例没有指定的数据盘。");
  }
  const disk = layout.DataDisks[index];
  assertSameType(want.DiskType, disk.DiskType, "DataDisks.0");
  // seed 15307: a CDH instance only resizes LOCAL_BASIC / LOCAL_SSD data disks.
  if (rec.InstanceChargeType === "CDHPAID" && !isLocalDiskType(disk.DiskType ?? "")) {
    throw fail("InvalidParameterValue.CdhOnlyLocalDataDiskResize", "CDH instances only resize LOCAL_BASIC and LOCAL_SSD data disks.", "CDH磁盘扩容只支持LOCAL_BASIC和LOCAL_SSD。");
  }
  if (!(rec.InstanceChargeType === "CDHPAID" && isLocalDiskType(disk.DiskType ?? ""))) check(rec, "DATA", disk.DiskType ?? "", disk.DiskSize ?? 0, want.DiskSize);
  disk.DiskSize = want.DiskSize;
  return layout;
}

function assertSameType(requested: string | undefined, current: string | undefined, param: string): void {
  if (requested !== undefined && requested !== current) {
    throw fail("InvalidParameterValue", `\`${param}.DiskType\` cannot change on resize (it is ${current}).`, `扩容不能修改磁盘类型（当前为 ${current}）。`);
  }
}

function check(rec: Rec, usage: "SYSTEM" | "DATA", diskType: string, currentSize: number, newSize: number): void {
  const v = validateDiskResize({ action: "ResizeInstanceDisks", instanceType: rec.InstanceType, usage, diskType, currentSize, newSize });
  if (v) throw new ApiError(v.code, v);
}

/**
 * ModifyInstanceDiskType: the layout after turning the local system disk and/or the local data disk into the
 * requested cloud type. seed 18296: only local disks convert; if both the system and a data disk are local,
 * both must be converted in one call; one data disk per call.
 */
export function convertedLayout(rec: Rec, req: { SystemDisk?: SystemDisk; DataDisks?: DataDisk[] }): DiskLayout {
  const layout: DiskLayout = structuredClone({ SystemDisk: rec.SystemDisk, DataDisks: rec.DataDisks });
  if (!req.SystemDisk && !req.DataDisks?.length) throw missingParameter("SystemDisk");
  if ((req.DataDisks?.length ?? 0) > 1) throw fail("InvalidParameterValue", "Only one data disk can be converted per request.", "当前只支持一个数据盘转化。");
  const localSystem = isLocalDiskType(rec.SystemDisk.DiskType ?? "");
  const localData = layout.DataDisks.findIndex((d) => isLocalDiskType(d.DiskType ?? ""));
  if (!localSystem && localData < 0) {
    throw fail("InvalidParameter.InvalidInstanceNotSupported", "The instance has no local disk to convert.", "实例没有可转换的本地盘。");
  }
  if (localSystem && localData >= 0 && !(req.SystemDisk && req.DataDisks?.length)) {
    throw fail("InvalidParameter", "The instance has a local system disk and a local data disk: convert both together.", "实例同时存在本地系统盘和本地数据盘，需同时调整。");
  }
  if (req.SystemDisk) {
    if (!localSystem) throw fail("InvalidParameterValue", "The system disk is not a local disk.", "系统盘不是本地盘，无法转换。");
    layout.SystemDisk.DiskType = targetType(rec, req.SystemDisk.DiskType, "SystemDisk", layout.SystemDisk.DiskSize ?? 0, "SYSTEM");
  }
  if (req.DataDisks?.length) {
    if (localData < 0) throw fail("InvalidParameterValue", "The instance has no local data disk.", "实例没有本地数据盘。");
    const d = layout.DataDisks[localData];
    d.DiskType = targetType(rec, req.DataDisks[0].DiskType, "DataDisks.0", d.DiskSize ?? 0, "DATA");
  }
  return layout;
}

function targetType(rec: Rec, diskType: string | undefined, param: string, size: number, usage: "SYSTEM" | "DATA"): CloudDiskType {
  if (diskType === undefined) throw missingParameter(`${param}.DiskType`);
  if (!(CLOUD_DISK_TYPES as readonly string[]).includes(diskType)) {
    throw fail("InvalidParameterValue", `\`${param}.DiskType\` must be a cloud disk type; got "${diskType}".`, `\`${param}.DiskType\` 必须是云硬盘类型。`);
  }
  const zone = rec.Placement.Zone ?? "";
  if (!systemDiskTypes(zone, rec.InstanceType).includes(diskType as CloudDiskType)) {
    throw fail("ResourceInsufficient.CloudDiskSoldOut", `${diskType} is not available for ${rec.InstanceType} in ${zone}.`, `${zone} 的 ${rec.InstanceType} 暂无 ${diskType} 云硬盘。`);
  }
  // seed 18503: the local disk's size must fit the cloud type's range.
  const rule = sizeRule(diskType as CloudDiskType, usage, findInstanceType(rec.InstanceType));
  if (size < rule.min || size > rule.max) {
    throw fail(
      "InvalidParameterValue.LocalDiskSizeRange",
      `A ${size} GB disk cannot become ${diskType} (${rule.min}–${rule.max} GB).`,
      `${size} GB 的本地盘无法转为 ${diskType}（${rule.min}–${rule.max} GB）。`,
    );
  }
  return diskType as CloudDiskType;
}
