import type { DescribeImagesRequest, DescribeImagesResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { describeImages } from "../state/images/query";
import { defineAction } from "./types";

/**
 * DescribeImages (seed 24872–25363): the caller's custom images (newest first), the images other accounts share with
 * it (SHARED_IMAGE), then the public ones; by ImageIds or by Filters (never both, seed 24914), optionally only those
 * an InstanceType boots (seed 25015); Offset/Limit default 0/20, Limit ≤ 100 (seed 25011).
 */
export default defineAction<DescribeImagesRequest, DescribeImagesResponse>((params, ctx) => {
  const { total, page } = describeImages(ctx, params);
  return { ImageSet: page, TotalCount: total };
});
