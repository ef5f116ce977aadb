import type { DescribeChcHostsRequest, DescribeChcHostsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { describeChcHosts } from "../state/chc/query";
import { defineAction } from "./types";

/**
 * DescribeChcHosts (seed 23523–23930): the CHC physical servers of the region (without ChcIds or Filters, the first
 * Limit of them, seed 23531), by ChcIds or by the zone, instance-name, instance-state, device-type, vpc-id,
 * subnet-id and sn filters, with their out-of-band and deploy networks.
 */
export default defineAction<DescribeChcHostsRequest, DescribeChcHostsResponse>((params, ctx) => describeChcHosts({ ...ctx, region: ctx.region! }, params));
