// The image a quote is for (InquiryPriceRunInstances ImageId, seed 11996; InquiryPriceResetInstance ImageId, seed 13301).
import { findPublicImage, type Image } from "../../catalog/compute/images";
import { ApiError } from "../../protocol/errors";
import type { Clock } from "../clock";
import { requireLaunchImage } from "../images/launch";
import type { Scope, Store } from "../store";
import { isWellFormedId } from "../ids";

/** What a quote reads of an image. */
export type QuoteImage = Pick<Image, "ImageId" | "OsName" | "Architecture" | "Platform" | "ImageSize">;

/** Where private images are stored (one document per ImageId), when the images actions keep any. */
export const PRIVATE_IMAGE_KIND = "image";

/** A public image, or a private one of the caller's; InvalidImageId.Malformed / .NotFound otherwise (seed 12850–12852). */
export function requireQuoteImage(ctx: { store: Store; scope: Scope; clock?: Clock; action?: string }, imageId: string): QuoteImage {
  // Images (issue 4): custom images only once NORMAL, and images other accounts share with the caller (state/images).
  if (ctx.clock) return requireLaunchImage({ ...ctx, clock: ctx.clock }, imageId);
  if (!isWellFormedId("img", imageId)) {
    throw new ApiError("InvalidImageId.Malformed", { en: `The image ID \`${imageId}\` is malformed; expected img-xxxxxxxx.`, zh: `镜像ID \`${imageId}\` 格式错误。` });
  }
  const image = findPublicImage(imageId) ?? ctx.store.get<QuoteImage>(ctx.scope, PRIVATE_IMAGE_KIND, imageId);
  if (!image) throw new ApiError("InvalidImageId.NotFound", { en: `The image \`${imageId}\` does not exist.`, zh: `未找到镜像 \`${imageId}\`。` });
  return image;
}

export function platformOf(image: Pick<Image, "Platform">): "WINDOWS" | "LINUX" {
  return image.Platform === "Windows" ? "WINDOWS" : "LINUX";
}
