import type { StartInstancesRequest, StartInstancesResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { requireBatch } from "../state/changes/operations";
import { startInstances } from "../state/instances/power";
import { defineAction } from "./types";

/**
 * StartInstances (seed 14097–14310): STOPPED → STARTING → RUNNING on the emulator clock; any other state → the
 * documented UnsupportedOperation.InstanceState<State>; at most 100 instances (seed 14119).
 */
export default defineAction<StartInstancesRequest, StartInstancesResponse>((params, ctx) => {
  startInstances(ctx, requireBatch(ctx, params.InstanceIds, 100));
  return {};
});
