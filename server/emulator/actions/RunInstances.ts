import type { RunInstancesRequest, RunInstancesResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../protocol/errors";
import { withClientToken } from "../state/instances/client-token";
import { checkLaunchTimer, createInstances } from "../state/instances/create";
import { parseLaunch } from "../state/instances/launch-spec";
import { applyLaunchTemplate } from "../state/launch-templates/resolve";
import { assertLaunchQuota } from "../state/quota";
import { defineAction } from "./types";

/**
 * RunInstances (seed 8550–9865): checks every parameter, the zone's stock and the quota, then creates the
 * instances PENDING (→ RUNNING on the clock) and answers their ids. DryRun checks all of it and answers
 * DryRunOperation (seed 8851–8862). A ClientToken makes it idempotent: a retry answers the first InstanceIdSet.
 * With LaunchTemplate, the template version's parameters are used under the request's (seed 8620–8624).
 */
export default defineAction<RunInstancesRequest, RunInstancesResponse>((params, ctx) =>
  withClientToken(ctx, params.ClientToken, params, () => {
    const plan = parseLaunch(applyLaunchTemplate(ctx, params), { ...ctx, region: ctx.region! });
    checkLaunchTimer(ctx, plan);
    assertLaunchQuota(ctx, { zone: plan.zone, chargeType: plan.chargeType, count: plan.count, cpu: plan.cpu });
    if (params.DryRun) throw new ApiError("DryRunOperation", { en: "The request would have succeeded; DryRun is set, so nothing was created." });
    return { InstanceIdSet: createInstances(ctx, plan, ctx.faults) };
  }),
);
