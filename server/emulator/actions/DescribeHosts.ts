import type { DescribeHostsRequest, DescribeHostsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { describeHosts } from "../state/hosts/query";
import { defineAction } from "./types";

/**
 * DescribeHosts (seed 22109–22443): the caller's CDH hosts in the region, filtered by zone, project-id, host-id,
 * host-name, host-state, host-type and tags, paged by Offset/Limit. Each HostItem lists the instances on the host
 * and the CPU, memory and local disk they leave available.
 */
export default defineAction<DescribeHostsRequest, DescribeHostsResponse>((params, ctx) =>
  describeHosts({ ...ctx, region: ctx.region! }, params, ctx.account.ownerUin),
);
