// Disk checks for RunInstances / InquiryPriceRunInstances and the resize actions. Every code returned here is in
// the action's own error list in the seed (RunInstances seed 9500–9865, InquiryPriceRunInstances 12800–13006,
// ResizeInstanceDisks 15300–15362, InquiryPriceResizeInstanceDisks 18230–18295). A violation is a plain object so
// that handlers can `throw new ApiError(v.code, v)`.
import {
  CLOUD_SSD_DATA_MIN,
  MAX_CLOUD_DATA_DISKS,
  MAX_LOCAL_DATA_DISKS,
  boughtDataDisks,
  dataDiskTypes,
  defaultDataDiskType,
  defaultSystemDisk,
  isDiskType,
  isLocalDiskType,
  sizeRule,
  systemDiskTypes,
  type DiskSpec,
} from "./disks";
import { findInstanceType } from "./instance-types";

export interface DiskViolation {
  code: string;
  en: string;
  zh: string;
}

const violation = (code: string, en: string, zh: string): DiskViolation => ({ code, en, zh });

export interface LaunchDisksInput {
  zone: string;
  instanceType: string;
  systemDisk?: DiskSpec;
  dataDisks?: readonly DiskSpec[];
  /** The image's ImageSize: the system disk cannot be smaller than the image (seed 36787). */
  minSystemDiskSize?: number;
}

/** First violation of the launch disk rules, or null. */
export function validateLaunchDisks(input: LaunchDisksInput): DiskViolation | null {
  const { zone, instanceType } = input;
  const data = boughtDataDisks(input.dataDisks);

  // seed 8702–8706: ≤ 1 LOCAL_BASIC/LOCAL_SSD and ≤ 20 cloud data disks.
  const types = data.map((d) => d.DiskType ?? defaultDataDiskType(zone, instanceType));
  const localCount = types.filter((d) => isLocalDiskType(d)).length;
  if (localCount > MAX_LOCAL_DATA_DISKS || types.length - localCount > MAX_CLOUD_DATA_DISKS) {
    return violation(
      "InvalidParameterValue.LimitExceeded",
      `At most ${MAX_CLOUD_DATA_DISKS} cloud data disks and ${MAX_LOCAL_DATA_DISKS} local data disk can be specified.`,
      `最多指定${MAX_CLOUD_DATA_DISKS}块云硬盘数据盘和${MAX_LOCAL_DATA_DISKS}块本地数据盘。`,
    );
  }

  const sys = { ...defaultSystemDisk(zone, instanceType), ...definedOnly(input.systemDisk) };
  const sysCheck = checkOne("SystemDisk", sys.DiskType, sys.DiskSize, "SYSTEM", systemDiskTypes(zone, instanceType), input);
  if (sysCheck) return sysCheck;

  for (const [i, d] of data.entries()) {
    const v = checkOne(`DataDisks.${i}`, types[i], d.DiskSize ?? 0, "DATA", dataDiskTypes(zone, instanceType), input);
    if (v) return v;
  }
  return null;
}

function definedOnly(d: DiskSpec | undefined): DiskSpec {
  const out: DiskSpec = {};
  if (d?.DiskType !== undefined) out.DiskType = d.DiskType;
  if (d?.DiskSize !== undefined) out.DiskSize = d.DiskSize;
  return out;
}

function checkOne(
  name: string,
  diskType: string,
  size: number,
  usage: "SYSTEM" | "DATA",
  allowed: readonly string[],
  input: LaunchDisksInput,
): DiskViolation | null {
  if (!isDiskType(diskType)) {
    return violation("InvalidParameterValue", `\`${name}.DiskType\` "${diskType}" is not a disk type.`, `\`${name}.DiskType\` 取值 "${diskType}" 不是有效的磁盘类型。`);
  }
  // seed 36177–36179: LOCAL_NVME / LOCAL_PRO come with the instance type and cannot be specified.
  if (!allowed.includes(diskType)) {
    return violation(
      "UnsupportedOperation.InvalidDisk",
      `Disk type ${diskType} is not supported for ${input.instanceType} in ${input.zone}.`,
      `${input.zone} 的 ${input.instanceType} 不支持 ${diskType} 类型的磁盘。`,
    );
  }
  if (usage === "DATA" && diskType === "CLOUD_SSD" && size < CLOUD_SSD_DATA_MIN) {
    return violation(
      "InvalidParameterValue.CloudSsdDataDiskSizeTooSmall",
      `A CLOUD_SSD data disk must be at least ${CLOUD_SSD_DATA_MIN} GB.`,
      `SSD云硬盘为数据盘时，购买大小不得小于${CLOUD_SSD_DATA_MIN}GB。`,
    );
  }
  const rule = sizeRule(diskType, usage, findInstanceType(input.instanceType));
  const min = usage === "SYSTEM" ? Math.max(rule.min, input.minSystemDiskSize ?? 0) : rule.min;
  if (!Number.isInteger(size) || size < min || size > rule.max || (size - rule.min) % rule.step !== 0) {
    return violation(
      "InvalidParameterValue.Range",
      `\`${name}.DiskSize\` must be ${min}–${rule.max} GB in steps of ${rule.step} for ${diskType}; got ${size}.`,
      `\`${name}.DiskSize\` 取值范围为 ${min}–${rule.max} GB，步长 ${rule.step}（${diskType}），当前为 ${size}。`,
    );
  }
  return null;
}

export interface ResizeCheckInput {
  /** Which action asks: the two resize actions document different codes for a disk that cannot grow. */
  action: "ResizeInstanceDisks" | "InquiryPriceResizeInstanceDisks" | "ResetInstance" | "InquiryPriceResetInstance";
  instanceType: string;
  usage: "SYSTEM" | "DATA";
  diskType: string;
  currentSize: number;
  newSize: number;
}

/** A disk grow request: cloud disks only, only larger (seed 13327: 只支持扩容不支持缩容), data in 10 GiB steps (seed 15132). */
export function validateDiskResize(input: ResizeCheckInput): DiskViolation | null {
  const { action, diskType, currentSize, newSize, usage } = input;
  if (!isDiskType(diskType) || isLocalDiskType(diskType)) {
    // ResizeInstanceDisks lists UnsupportedOperation.InvalidDataDisk (seed 15354); its inquiry lists
    // UnsupportedOperation.InvalidDisk (seed 18286); ResetInstance only has the generic code.
    const code =
      action === "ResizeInstanceDisks"
        ? "UnsupportedOperation.InvalidDataDisk"
        : action === "InquiryPriceResizeInstanceDisks"
          ? "UnsupportedOperation.InvalidDisk"
          : "InvalidParameterValue";
    return violation(code, `Disk type ${diskType} cannot be resized.`, `${diskType} 类型的磁盘不支持扩容。`);
  }
  const rule = sizeRule(diskType, usage, findInstanceType(input.instanceType));
  if (!Number.isInteger(newSize) || newSize <= currentSize) {
    return violation(
      "InvalidParameterValue",
      `The new size (${newSize} GB) must be larger than the current size (${currentSize} GB).`,
      `新容量（${newSize} GB）必须大于当前容量（${currentSize} GB），只支持扩容不支持缩容。`,
    );
  }
  if (newSize > rule.max || (newSize - currentSize) % rule.step !== 0) {
    return violation(
      "InvalidParameterValue",
      `The new size must be at most ${rule.max} GB and grow in steps of ${rule.step} GB.`,
      `新容量不能超过 ${rule.max} GB，扩容步长为 ${rule.step} GB。`,
    );
  }
  return null;
}
