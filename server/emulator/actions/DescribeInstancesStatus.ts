import type { DescribeInstancesStatusRequest, DescribeInstancesStatusResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { queryInstances } from "../state/instances/query";
import { defineAction } from "./types";

/** DescribeInstancesStatus (seed 20354–20571): InstanceId + InstanceState, by InstanceIds (≤ 100) or all, paged. */
export default defineAction<DescribeInstancesStatusRequest, DescribeInstancesStatusResponse>((params, ctx) => {
  const { total, page } = queryInstances(ctx, params, ctx.region!);
  return { TotalCount: total, InstanceStatusSet: page.map((r) => ({ InstanceId: r.InstanceId, InstanceState: r.InstanceState })) };
});
