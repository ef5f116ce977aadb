import type { DeleteDisasterRecoverGroupsRequest, DeleteDisasterRecoverGroupsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { deleteGroups } from "../state/placement/change";
import { defineAction } from "./types";

/**
 * DeleteDisasterRecoverGroups (seed 24716–24871): deletes up to 10 groups, all or none; only empty groups can go
 * (seed 24722), so a group still holding instances answers FailedOperation.PlacementSetNotEmpty.
 */
export default defineAction<DeleteDisasterRecoverGroupsRequest, DeleteDisasterRecoverGroupsResponse>((params, ctx) => {
  deleteGroups(ctx, params.DisasterRecoverGroupIds);
  return {};
});
