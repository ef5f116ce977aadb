import type { RebootInstancesRequest, RebootInstancesResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { requireBatch } from "../state/changes/operations";
import { rebootInstances } from "../state/instances/power";
import { defineAction } from "./types";

/** RebootInstances (seed 14311–14565): RUNNING → REBOOTING → RUNNING; StopType as StopInstances; ≤ 100 instances. */
export default defineAction<RebootInstancesRequest, RebootInstancesResponse>((params, ctx) => {
  rebootInstances(ctx, requireBatch(ctx, params.InstanceIds, 100), params.StopType);
  return {};
});
