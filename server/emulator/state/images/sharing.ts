// Image sharing (ModifyImageSharePermission seed 26124–26352, DescribeImageSharePermission seed 25364–25543): an
// owner shares a NORMAL custom image with other accounts in the same region; they see it as SHARED_IMAGE and can
// launch from it, but cannot rename, re-share, export or delete it.
import type { SharePermission } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { EmulatorAccount } from "../../accounts";
import { ApiError } from "../../protocol/errors";
import { isoSeconds } from "../instances/time";
import type { ImageRecord } from "./record";
import { requireImage, saveImage, type ImageCtx } from "./repo";

/** seed 26132: "每个自定义镜像最多可共享给500个账户". */
export const MAX_SHARES_PER_IMAGE = 500;

export interface ShareCtx extends ImageCtx {
  /** The accounts the emulator knows (a share to any other UIN is InvalidAccountId.NotFound). */
  accounts?: { all: readonly EmulatorAccount[] };
}

/** The caller's own custom image; a public or shared one is not the caller's to share (seed 26124 error table). */
function requireOwnForSharing(ctx: ImageCtx, imageId: string): ImageRecord {
  const found = requireImage(ctx, imageId);
  if (found.kind !== "private") {
    throw new ApiError("UnauthorizedOperation.ImageNotBelongToAccount", {
      en: `The image \`${imageId}\` does not belong to your account.`,
      zh: `镜像 \`${imageId}\` 不属于当前账号。`,
    });
  }
  return found.rec;
}

export function describeSharePermission(ctx: ImageCtx, imageId: string): SharePermission[] {
  return requireOwnForSharing(ctx, imageId).internal.sharedWith.map((s) => ({ ...s }));
}

function checkAccount(ctx: ShareCtx, id: string): void {
  // seed 26171: the receivers are main-account ids (UINs), not QQ numbers.
  if (id === ctx.scope.account) throw new ApiError("InvalidAccountIs.YourSelf", { en: "You cannot share an image with yourself.", zh: "您无法共享镜像给自己。" });
  const known = ctx.accounts?.all.some((a) => a.ownerUin === id);
  if (!/^\d{5,20}$/.test(id) || known === false) throw new ApiError("InvalidAccountId.NotFound", { en: `The account \`${id}\` does not exist.`, zh: `账号 \`${id}\` 不存在。` });
}

export function modifySharePermission(ctx: ShareCtx, imageId: string, accountIds: readonly string[], permission: string): void {
  // seed 26178: "操作，包括 SHARE，CANCEL".
  if (permission !== "SHARE" && permission !== "CANCEL") {
    throw new ApiError("InvalidParameterValue", { en: `Permission must be SHARE or CANCEL, got "${permission}".`, zh: "Permission 取值为 SHARE 或 CANCEL。" });
  }
  const rec = requireOwnForSharing(ctx, imageId);
  if (rec.internal.encrypted) throw new ApiError("UnsupportedOperation.EncryptedImagesNotSupported", { en: `The image \`${imageId}\` is encrypted and cannot be shared.` });
  if (permission === "SHARE" && rec.LicenseType === "BYOL") {
    throw new ApiError("FailedOperation.BYOLImageShareFailed", { en: `The image \`${imageId}\` brings its own license (BYOL) and cannot be shared.` });
  }
  // seed 26162: "镜像ID必须指定为状态为NORMAL的镜像".
  if (rec.ImageState !== "NORMAL") {
    throw new ApiError("InvalidParameterValue.InvalidImageState", { en: `The image \`${imageId}\` is ${rec.ImageState}; only NORMAL images can be shared.` });
  }
  const ids = [...new Set(accountIds)];
  if (ids.length === 0) throw new ApiError("InvalidParameterValue", { en: "AccountIds must name at least one account." });
  for (const id of ids) checkAccount(ctx, id);
  const current = new Map(rec.internal.sharedWith.map((s) => [s.AccountId, s]));
  if (permission === "SHARE") {
    const already = ids.find((id) => current.has(id));
    if (already) throw new ApiError("FailedOperation.AccountAlreadyExists", { en: `The image is already shared with \`${already}\`.` });
    if (current.size + ids.length > MAX_SHARES_PER_IMAGE) {
      throw new ApiError("OverQuota", { en: `An image can be shared with at most ${MAX_SHARES_PER_IMAGE} accounts.`, zh: "镜像共享超过配额。" });
    }
    const at = isoSeconds(ctx.clock.now());
    for (const id of ids) current.set(id, { AccountId: id, CreatedTime: at });
  } else {
    // Cancelling a share that does not exist changes nothing (the call is idempotent).
    for (const id of ids) current.delete(id);
  }
  rec.internal.sharedWith = [...current.values()];
  saveImage(ctx, rec);
}
