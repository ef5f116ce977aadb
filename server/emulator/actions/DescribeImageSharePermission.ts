import type { DescribeImageSharePermissionRequest, DescribeImageSharePermissionResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { describeSharePermission } from "../state/images/sharing";
import { defineAction } from "./types";

/**
 * DescribeImageSharePermission (seed 25364–25543): the accounts a custom image is shared with and since when. Only
 * the owner may ask (UnauthorizedOperation.ImageNotBelongToAccount for a public or shared image).
 */
export default defineAction<DescribeImageSharePermissionRequest, DescribeImageSharePermissionResponse>((params, ctx) => ({
  SharePermissionSet: describeSharePermission(ctx, params.ImageId),
}));
