import type { DescribeDisasterRecoverGroupsRequest, DescribeDisasterRecoverGroupsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { describeGroups } from "../state/placement/query";
import { defineAction } from "./types";

/**
 * DescribeDisasterRecoverGroups (seed 23931–24169): the caller's spread placement groups with their members, by
 * ids, fuzzy Name, tag Filters; Offset/Limit (default 20, max 100). Unknown ids are simply not in the set.
 */
export default defineAction<DescribeDisasterRecoverGroupsRequest, DescribeDisasterRecoverGroupsResponse>((params, ctx) => describeGroups(ctx, params));
