// ModifyImageAttribute (seed 26707–26895): name, description, family and deprecation of a custom image.
import type { ModifyImageAttributeRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../../protocol/errors";
import { BUSY_IMAGE_STATES } from "./record";
import { requireImage, saveImage, type ImageCtx } from "./repo";
import { assertImageDescription, assertImageFamily, assertImageName, assertNameFree } from "./rules";

export function modifyImageAttribute(ctx: ImageCtx, p: ModifyImageAttributeRequest): void {
  const found = requireImage(ctx, p.ImageId);
  if (found.kind === "public") throw new ApiError("UnauthorizedOperation", { en: `The image \`${p.ImageId}\` is a public image; only custom images can be modified.` });
  // seed 26134: "共享镜像无法更改名称，描述" (the receiving account's view).
  if (found.kind === "shared") throw new ApiError("UnauthorizedOperation", { en: `The image \`${p.ImageId}\` is shared with you; only its owner can modify it.` });
  const rec = found.rec;
  if (BUSY_IMAGE_STATES.includes(rec.ImageState)) {
    throw new ApiError("InvalidImageId.IncorrectState", { en: `The image \`${p.ImageId}\` is ${rec.ImageState}; try again when it is NORMAL.` });
  }
  // seed 26713: "已分享的镜像无法修改属性".
  if (rec.internal.sharedWith.length > 0) {
    throw new ApiError("InvalidImageId.IncorrectState", { en: `The image \`${p.ImageId}\` is shared with other accounts; cancel the sharing to modify it.`, zh: "已分享的镜像无法修改属性。" });
  }
  if (p.ImageName !== undefined) {
    assertImageName(ctx, p.ImageName);
    assertNameFree(ctx, p.ImageName, ctx.scope, rec.ImageId);
    rec.ImageName = p.ImageName;
  }
  if (p.ImageDescription !== undefined) {
    assertImageDescription(ctx, p.ImageDescription);
    rec.ImageDescription = p.ImageDescription;
  }
  if (p.ImageFamily !== undefined) {
    assertImageFamily(ctx, p.ImageFamily, true);
    rec.ImageFamily = p.ImageFamily;
  }
  if (p.ImageDeprecated !== undefined) rec.ImageDeprecated = p.ImageDeprecated;
  saveImage(ctx, rec);
}
