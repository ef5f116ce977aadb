import type { DescribeTaskInfoRequest, DescribeTaskInfoResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { describeTasks } from "../state/repair/query";
import { defineAction } from "./types";

/**
 * DescribeTaskInfo (seed 34182–34620): repair tasks of the account (of the region, or of every region when Region is
 * not sent, seed 34206), filtered by product, status, type, task, instance and alias, created in [StartDate, EndDate]
 * (default today so far), ordered by CreateTime, AuthTime or EndTime, paged by the required Limit and Offset.
 */
export default defineAction<DescribeTaskInfoRequest, DescribeTaskInfoResponse>((params, ctx) => describeTasks(ctx, params));
