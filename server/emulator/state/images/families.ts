// Image families (ImageFamily on CreateImage / ImportImage / ModifyImageAttribute): DescribeImageFromFamily
// (seed 28055–28262) answers the family's newest usable image, or null when it has none (seed 28087).
import type { Image } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { scanImages, sharedWithMe, type ImageCtx } from "./repo";
import { toImage } from "./view";

/** The newest NORMAL, non-deprecated image of the family among the caller's own and those shared with it. */
export function imageFromFamily(ctx: ImageCtx, family: string | undefined): Image | null {
  if (!family) return null;
  const now = ctx.clock.now();
  const candidates = [
    ...scanImages(ctx).map((rec) => ({ rec, view: "owner" as const })),
    ...sharedWithMe(ctx).map(({ rec }) => ({ rec, view: "shared" as const })),
  ].filter(({ rec }) => rec.ImageFamily === family && rec.ImageState === "NORMAL" && !rec.ImageDeprecated);
  if (candidates.length === 0) return null;
  const newest = candidates.reduce((a, b) => (b.rec.internal.createdAtMs > a.rec.internal.createdAtMs ? b : a));
  return toImage(newest.rec, now, newest.view);
}
