// The image a launch or a reinstall uses (RunInstances / ResetInstance / their inquiries ImageId): a public image,
// one of the caller's custom images, or one shared with it (seed 26130: "共享镜像后，被共享账户可以通过该镜像创建实例")
// — and only once it is NORMAL (InvalidParameterValue.InvalidImageState, documented by all four actions).
import { refuse } from "./codes";
import type { QuoteImage } from "../pricing-inputs/quote-image";
import { requireImage, type ImageCtx } from "./repo";

export type LaunchImage = QuoteImage & { ImageType: string; LicenseType: string };

export function requireLaunchImage(ctx: ImageCtx, imageId: string): LaunchImage {
  const found = requireImage(ctx, imageId);
  if (found.kind === "public") return found.image;
  const rec = found.rec;
  if (rec.ImageState !== "NORMAL") {
    throw refuse(
      ctx,
      ["InvalidParameterValue.InvalidImageState", "InvalidImageId.IncorrectState", "InvalidParameterValue"],
      `The image \`${imageId}\` is ${rec.ImageState}; wait until it is NORMAL.`,
      `镜像 \`${imageId}\` 当前状态为 ${rec.ImageState}，请等待其变为 NORMAL。`,
    );
  }
  const { ImageId, OsName, Architecture, Platform, ImageSize, LicenseType } = rec;
  return { ImageId, OsName, Architecture, Platform, ImageSize, LicenseType, ImageType: found.kind === "shared" ? "SHARED_IMAGE" : "PRIVATE_IMAGE" };
}
