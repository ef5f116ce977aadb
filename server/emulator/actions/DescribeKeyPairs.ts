import type { DescribeKeyPairsRequest, DescribeKeyPairsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { describeKeyPairs } from "../state/keypairs/query";
import { defineAction } from "./types";

/**
 * DescribeKeyPairs (seed 28507–28767): the region's key pairs with their public keys and the instances bound to
 * them; KeyIds or Filters (project-id, key-name, tag-key, tag-value, tag:<key>), Offset / Limit (≤ 100), newest
 * first. The private key is never returned (seed 28515: "私钥内容系统不保留").
 */
export default defineAction<DescribeKeyPairsRequest, DescribeKeyPairsResponse>((params, ctx) => describeKeyPairs(ctx, params));
