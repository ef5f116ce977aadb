// ResetInstance (seed 20930–21333): reinstalling the OS, with the same or another image, optionally a larger
// system disk, new login settings and host name. `planReinstall` checks the request against the instance and
// returns the fields that land when the reinstall finishes.
import type { LoginSettings, ResetInstanceRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { validateDiskResize } from "../../catalog/compute/disk-validation";
import { checkImageForInstanceType, findPublicImage } from "../../catalog/compute/images";
import { ApiError } from "../../protocol/errors";
import type { InstanceFields, InstanceRecord } from "../instances/record";
import type { InstanceCtx } from "../instances/repo";
import { assertKeyPairsExist } from "../keypairs/launch";
import { platformOf as imagePlatform, requireQuoteImage, type QuoteImage } from "../pricing-inputs/quote-image";
import { assertHostName, assertPassword, assertUserData, randomPassword, type Platform } from "./login-rules";
import { RESIZABLE_SYSTEM_DISKS } from "./type-change";

export interface ReinstallPlan {
  patch: Partial<InstanceFields>;
  password?: string;
  userData?: string;
}

const conflict = (en: string, zh: string) => new ApiError("InvalidParameter.ParameterConflict", { en, zh });

export function planReinstall(ctx: InstanceCtx, rec: InstanceRecord, req: ResetInstanceRequest): ReinstallPlan {
  const image = req.ImageId ? requireQuoteImage(ctx, req.ImageId) : currentImage(ctx, rec);
  const platform = imagePlatform(image);
  // seed 20930: only instances whose system disk is CLOUD_BASIC/PREMIUM/SSD/BSSD can switch to another OS.
  if (image.ImageId !== rec.ImageId && !RESIZABLE_SYSTEM_DISKS.includes(rec.SystemDisk.DiskType ?? "")) {
    throw new ApiError("InvalidParameterValue.InvalidImageIdForRetsetInstance", {
      en: `An instance with a ${rec.SystemDisk.DiskType} system disk can only be reinstalled with its own image.`,
      zh: `系统盘类型为 ${rec.SystemDisk.DiskType} 的实例只能使用当前镜像重装。`,
    });
  }
  const fit = checkImageForInstanceType("ResetInstance", image, rec.InstanceType);
  if (fit) throw new ApiError(fit.code, fit);

  const systemDisk = { ...rec.SystemDisk };
  if (req.SystemDisk) {
    // seed 20991: "重装只支持修改系统盘的大小，不能修改系统盘的类型"; "只支持扩容不支持缩容".
    if (req.SystemDisk.DiskType !== undefined && req.SystemDisk.DiskType !== rec.SystemDisk.DiskType) {
      throw new ApiError("InvalidParameterValue", { en: "ResetInstance cannot change the system disk type.", zh: "重装不能修改系统盘的类型。" });
    }
    const size = req.SystemDisk.DiskSize;
    if (size !== undefined && size !== rec.SystemDisk.DiskSize) {
      const v = validateDiskResize({ action: "ResetInstance", instanceType: rec.InstanceType, usage: "SYSTEM", diskType: rec.SystemDisk.DiskType ?? "", currentSize: rec.SystemDisk.DiskSize ?? 0, newSize: size });
      if (v) throw new ApiError(v.code, v);
      systemDisk.DiskSize = size;
    }
  }
  // seed 36787: the system disk cannot be smaller than the image.
  if ((systemDisk.DiskSize ?? 0) < image.ImageSize) {
    throw new ApiError("InvalidParameterValue", { en: `The image needs a system disk of at least ${image.ImageSize} GB.`, zh: `该镜像需要至少 ${image.ImageSize} GB 的系统盘。` });
  }

  const login = checkLogin(ctx, req.LoginSettings, platform, findPublicImage(image.ImageId) !== undefined);
  if (req.HostName !== undefined) assertHostName(req.HostName, platform);
  if (req.UserData !== undefined) assertUserData(req.UserData);
  const patch: Partial<InstanceFields> = {
    ImageId: image.ImageId,
    OsName: image.OsName,
    SystemDisk: systemDisk,
    // seed 37070: only the keys are shown (null without keys, as RunInstances records it).
    LoginSettings: { KeyIds: login.keyIds.length ? login.keyIds : (null as unknown as string[]) },
    DefaultLoginUser: platform === "WINDOWS" ? "Administrator" : /ubuntu/i.test(image.Platform) ? "ubuntu" : "root",
    DefaultLoginPort: platform === "WINDOWS" ? 3389 : 22,
    ...(req.HostName !== undefined ? { HostName: req.HostName } : {}),
  };
  return { patch, password: login.password, userData: req.UserData };
}

function currentImage(ctx: InstanceCtx, rec: InstanceRecord): QuoteImage {
  try {
    return requireQuoteImage(ctx, rec.ImageId);
  } catch {
    // The instance's image is gone (a deleted private image): reinstalling needs another one.
    throw new ApiError("InvalidImageId.NotFound", { en: `The instance's image ${rec.ImageId} no longer exists; specify ImageId.` });
  }
}

/** LoginSettings (seed 38203–38255): one way in, keys not on Windows, a random password when none is given (seed 20996). */
function checkLogin(ctx: InstanceCtx, login: LoginSettings | undefined, platform: Platform, publicImage: boolean): { password?: string; keyIds: string[] } {
  const keyIds = login?.KeyIds ?? [];
  const keep = login?.KeepImageLogin?.toLowerCase() === "true";
  if (keep && (login?.Password !== undefined || keyIds.length > 0)) {
    throw conflict("KeepImageLogin cannot be combined with Password or KeyIds.", "不支持同时指定保持镜像登录方式和密码或密钥。");
  }
  // seed 38243: "只有使用自定义镜像、共享镜像或外部导入镜像创建实例时才能指定该参数为true".
  if (keep && publicImage) throw new ApiError("InvalidParameterValue", { en: "KeepImageLogin needs a custom, shared or imported image." });
  if (login?.Password !== undefined && keyIds.length > 0) throw conflict("Password and KeyIds cannot both be given.", "密钥与密码不能同时指定。");
  if (keyIds.length > 0 && platform === "WINDOWS") {
    throw new ApiError("UnsupportedOperation.KeyPairUnsupportedWindows", { en: "Key pairs cannot be used with Windows." });
  }
  // seed 21254: each key must be one of the region's (InvalidKeyPairId.Malformed / InvalidParameterValue.KeyPairNotFound).
  assertKeyPairsExist({ ...ctx, action: ctx.action ?? "ResetInstance" }, keyIds);
  if (login?.Password !== undefined) assertPassword(login.Password, { policy: "login-settings", platform });
  if (keep || keyIds.length > 0) return { keyIds: [...new Set(keyIds)] };
  return { password: login?.Password ?? randomPassword(), keyIds };
}
