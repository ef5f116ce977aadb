import type { TerminateInstancesRequest, TerminateInstancesResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { requireBatch } from "../state/changes/operations";
import { terminateInstances } from "../state/instances/power";
import { defineAction } from "./types";

/**
 * TerminateInstances (seed 19139–19424): pay-as-you-go → TERMINATING → gone; prepaid → recycle bin (SHUTDOWN), a
 * second call destroys it (seed 19149); ≤ 100 instances of one billing mode (seed 19153–19155).
 * ReleasePrepaidDataDisks is accepted: the emulator keeps no separate disks.
 */
export default defineAction<TerminateInstancesRequest, TerminateInstancesResponse>((params, ctx) => {
  terminateInstances(ctx, requireBatch(ctx, params.InstanceIds, 100));
  return {};
});
