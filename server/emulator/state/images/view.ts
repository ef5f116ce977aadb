// What callers see of an image: the Image structure (seed 36738–36884) without the emulator's internal data.
import type { Image } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { ImageRecord } from "./record";
import { progressPercent } from "./timing";

/**
 * The Image a viewer sees. The owner sees PRIVATE_IMAGE with its tags; an account it is shared with sees
 * SHARED_IMAGE (seed 24936–24940) without the owner's tags. A copy still syncing shows its progress in SyncPercent
 * (seed 36844).
 */
export function toImage(rec: Readonly<ImageRecord>, now: number, view: "owner" | "shared" = "owner"): Image {
  const { internal, ...fields } = structuredClone(rec) as ImageRecord;
  const image = fields as unknown as Image;
  if (internal.pending && internal.syncedFrom) image.SyncPercent = progressPercent(internal.pending, now);
  if (view === "shared") {
    image.ImageType = "SHARED_IMAGE";
    image.Tags = [];
  }
  return image;
}
