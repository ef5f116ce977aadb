// ImportImage (seed 27118–27419): an image file in COS becomes a custom image (IMPORTING, then NORMAL on the clock).
import type { ImportImageRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { CallFaults } from "../../admin/fault-rules";
import { ApiError } from "../../protocol/errors";
import { buildImage, newImageId, takeSnapshot } from "./build";
import { findImportOs, importedOs } from "./import-os";
import { saveImage, type ImageCtx } from "./repo";
import { assertImageDescription, assertImageFamily, assertImageName, assertNameFree, assertQuotaFor, imageTagsOf } from "./rules";
import { schedule } from "./timing";

/** seed 27144: "取值范围包括：x86_64 、i386、arm_64". */
const ARCHITECTURES = ["x86_64", "i386", "arm_64"];
/** seed 27215–27240: LicenseType TencentCloud (default) or BYOL. */
const LICENSE_TYPES = ["TencentCloud", "BYOL"];
/** seed 27244–27250: BootMode "Legacy BIOS" (default) or "UEFI". */
const BOOT_MODES = ["Legacy BIOS", "UEFI"];
/** seed 27122: "目前支持RAW、VHD、QCOW2、VMDK镜像格式" (.img is a raw image); .iso only with Force (ISOMustImportByForce). */
const FORMATS = ["raw", "img", "vhd", "qcow2", "vmdk"];
/** A COS object URL, as the seed's examples (seed 27168, 27266): http(s)://<bucket>-<appid>.cos[d][.<region>].myqcloud.com/<key>. */
const COS_URL = /^https?:\/\/[a-z0-9-]+\.cosd?(\.[a-z0-9-]+)?\.myqcloud\.com\/(\S+)$/i;
/** Not named in the seed: the finance regions take no imported images (RegionAbilityLimit.UnsupportedToImportImage). */
const NO_IMPORT_REGIONS = ["ap-shanghai-fsi", "ap-shenzhen-fsi"];
/** Not in the seed: the size an imported disk is given (the file's real size is unknown here). */
const SYSTEM_GB = { Windows: 50, other: 20 };
const DATA_GB = 50;

function checkUrl(url: string, force: boolean, param: string): void {
  const m = COS_URL.exec(url);
  if (!m) throw new ApiError("InvalidParameter.InvalidParameterUrlError", { en: `${param} \`${url}\` is not a COS object URL.`, zh: `${param} 不是有效的 COS 地址。` });
  const ext = /\.([a-z0-9]+)$/i.exec(m[2])?.[1]?.toLowerCase() ?? "";
  if (ext === "iso") {
    if (!force) throw new ApiError("InvalidParameterValue.ISOMustImportByForce", { en: `${param} is an ISO file; import it with Force=true.` });
    return;
  }
  if (!FORMATS.includes(ext)) {
    throw new ApiError("InvalidParameter.InvalidParameterUrlError", { en: `${param} must point at a RAW, VHD, QCOW2 or VMDK file, got \`.${ext}\`.` });
  }
}

function checkOs(p: ImportImageRequest): void {
  if (!ARCHITECTURES.includes(p.Architecture)) {
    throw new ApiError("InvalidParameterValue", { en: `Architecture must be one of ${ARCHITECTURES.join(", ")}, got "${p.Architecture}".` });
  }
  const os = findImportOs(p.OsType);
  // seed 27152 / 27160: OsType and OsVersion from DescribeImportImageOs.
  if (!os) throw new ApiError("InvalidImageOsType.Unsupported", { en: `The OS type \`${p.OsType}\` cannot be imported; see DescribeImportImageOs.` });
  if (!os.OsVersions!.includes(p.OsVersion)) {
    throw new ApiError("InvalidImageOsVersion.Unsupported", { en: `${p.OsType} ${p.OsVersion} cannot be imported; supported: ${os.OsVersions!.join(", ")}.` });
  }
  if (!os.Architecture!.includes(p.Architecture)) {
    throw new ApiError("InvalidParameterValue", { en: `${p.OsType} cannot be imported as ${p.Architecture}; supported: ${os.Architecture!.join(", ")}.` });
  }
}

/**
 * Checks the request; unless DryRun, starts the import. Returns the new ImageId ("" for DryRun). Under the imageFailed
 * fault the image lands IMPORTFAILED (seed 36804) instead of NORMAL.
 */
export function importImage(ctx: ImageCtx, p: ImportImageRequest, faults?: CallFaults): string {
  if (NO_IMPORT_REGIONS.includes(ctx.scope.region)) {
    throw new ApiError("RegionAbilityLimit.UnsupportedToImportImage", { en: `${ctx.scope.region} does not support importing images.` });
  }
  checkOs(p);
  assertImageName(ctx, p.ImageName);
  assertImageDescription(ctx, p.ImageDescription);
  assertImageFamily(ctx, p.ImageFamily);
  const license = p.LicenseType ?? "TencentCloud";
  if (!LICENSE_TYPES.includes(license)) throw new ApiError("InvalidParameterValue.InvalidLicenseType", { en: `LicenseType must be TencentCloud or BYOL, got "${license}".` });
  const bootMode = p.BootMode ?? "Legacy BIOS";
  if (!BOOT_MODES.includes(bootMode)) throw new ApiError("InvalidParameterValue.InvalidBootMode", { en: `BootMode must be "Legacy BIOS" or "UEFI", got "${bootMode}".` });
  checkUrl(p.ImageUrl, p.Force ?? false, "ImageUrl");
  const dataDisks = p.ImportImageDataDiskList ?? [];
  dataDisks.forEach((d, i) => checkUrl(d.ImageUrl, p.Force ?? false, `ImportImageDataDiskList.${i}.ImageUrl`));
  const tags = imageTagsOf(ctx, p.TagSpecification);
  assertNameFree(ctx, p.ImageName);
  assertQuotaFor(ctx, 1);
  if (p.DryRun) return "";

  const os = importedOs(p.OsType, p.OsVersion, p.Architecture);
  const size = os.platform === "Windows" ? SYSTEM_GB.Windows : SYSTEM_GB.other;
  const failed = faults?.imageFailed?.() !== undefined;
  return ctx.store.transaction(() => {
    const id = newImageId(ctx);
    const snapshots = [takeSnapshot(ctx, id, "SYSTEM_DISK", size, os), ...dataDisks.map(() => takeSnapshot(ctx, id, "DATA_DISK", DATA_GB, os))];
    const rec = buildImage(ctx, id, {
      name: p.ImageName,
      description: p.ImageDescription ?? "",
      os,
      size,
      source: "EXTERNAL_IMPORT",
      licenseType: license,
      family: p.ImageFamily ?? "",
      tags,
      snapshots,
      pending: schedule(ctx.store, ctx.clock.now(), "ImportImage", failed ? "IMPORTFAILED" : "NORMAL", id),
      internal: { imported: { osType: p.OsType, osVersion: p.OsVersion, url: p.ImageUrl, bootMode } },
    });
    saveImage(ctx, rec);
    return id;
  });
}
