import type { AllocateHostsRequest, AllocateHostsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { allocateHosts, parseAllocation } from "../state/hosts/allocate";
import { withClientToken } from "../state/instances/client-token";
import { defineAction } from "./types";

/**
 * AllocateHosts (seed 21334–21578): buys HostCount (default 1) prepaid CDH hosts of HostType (default HS1) in a
 * zone of the region; they are PENDING, then RUNNING on the clock. A ClientToken (seed 21363) makes it
 * idempotent: a retry with the same parameters answers the first HostIdSet and buys nothing.
 */
export default defineAction<AllocateHostsRequest, AllocateHostsResponse>((params, ctx) =>
  withClientToken(ctx, params.ClientToken, params, () => {
    const plan = parseAllocation(params, { ...ctx, region: ctx.region! });
    return { HostIdSet: allocateHosts(ctx, plan) };
  }),
);
