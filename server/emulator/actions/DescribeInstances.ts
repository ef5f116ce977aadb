import type { DescribeInstancesRequest, DescribeInstancesResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { queryInstances } from "../state/instances/query";
import { toInstance } from "../state/instances/record";
import { defineAction } from "./types";

/**
 * DescribeInstances (seed 9866–10955): by InstanceIds (≤ 100) or by Filters (≤ 10 × 5 values, seed 10104), never
 * both; Offset/Limit (default 20, max 100); newest first. Unknown ids are simply not in the set.
 */
export default defineAction<DescribeInstancesRequest, DescribeInstancesResponse>((params, ctx) => {
  const { total, page } = queryInstances(ctx, params, ctx.region!);
  return { TotalCount: total, InstanceSet: page.map(toInstance) };
});
