import type { SyncImagesRequest, SyncImagesResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { syncImages } from "../state/images/sync";
import { defineAction } from "./types";

/**
 * SyncImages (seed 26353–26706): one custom image copied to other regions (a shared image, or an encrypted copy, only
 * within its region). The copies are SYNCING with SyncPercent rising, then NORMAL. ImageSet lists them only with
 * ImageSetRequired (seed 26439, examples 1 and 2); DryRun checks and copies nothing.
 */
export default defineAction<SyncImagesRequest, SyncImagesResponse>((params, ctx) => {
  const copies = syncImages(ctx, params);
  return { ImageSet: params.ImageSetRequired ? copies : [] };
});
