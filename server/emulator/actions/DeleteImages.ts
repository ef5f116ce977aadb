import type { DeleteImagesRequest, DeleteImagesResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { deleteImages } from "../state/images/delete";
import { defineAction } from "./types";

/**
 * DeleteImages (seed 26896–27117): deletes custom images, all or none; refused while one is being made or used, or
 * shared with other accounts (seed 26902–26906). DryRun only checks and answers success (the seed's example 2).
 */
export default defineAction<DeleteImagesRequest, DeleteImagesResponse>((params, ctx) => {
  deleteImages(ctx, params.ImageIds, params.DeleteBindedSnap ?? false, params.DryRun ?? false);
  return {};
});
