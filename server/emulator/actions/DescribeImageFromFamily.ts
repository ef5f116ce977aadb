import type { DescribeImageFromFamilyRequest, DescribeImageFromFamilyResponse, Image } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { imageFromFamily } from "../state/images/families";
import { defineAction } from "./types";

/**
 * DescribeImageFromFamily (seed 28055–28262): the newest NORMAL, non-deprecated image of a family among the caller's
 * own and shared images; null when the family has none (seed 28087).
 */
export default defineAction<DescribeImageFromFamilyRequest, DescribeImageFromFamilyResponse>((params, ctx) => ({
  Image: imageFromFamily(ctx, params.ImageFamily) as Image,
}));
