import type { StopInstancesRequest, StopInstancesResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { requireBatch } from "../state/changes/operations";
import { stopInstances } from "../state/instances/power";
import { defineAction } from "./types";

/**
 * StopInstances (seed 14566–14831): RUNNING → STOPPING → STOPPED; StopType SOFT | HARD | SOFT_FIRST and StoppedMode
 * KEEP_CHARGING | STOP_CHARGING (seed 14650–14672); at most 100 instances (seed 14578).
 */
export default defineAction<StopInstancesRequest, StopInstancesResponse>((params, ctx) => {
  const recs = requireBatch(ctx, params.InstanceIds, 100);
  stopInstances(ctx, recs, { stopType: params.StopType, stoppedMode: params.StoppedMode });
  return {};
});
