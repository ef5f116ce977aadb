import type {
  ModifyInstancesProjectRequest,
  ModifyInstancesProjectResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../protocol/errors";
import { assertAllOperable, finishImmediately, requireBatch } from "../state/changes/operations";
import { defineAction } from "./types";

/**
 * ModifyInstancesProject (seed 19576–19783): move up to 100 instances (seed 19608) to a project, at once.
 * Projects belong to the account service, which the emulator does not model: 0 is the default project
 * (seed 38361) and any other non-negative id is taken as one of the account's projects; a negative id does not
 * exist (InvalidProjectId.NotFound, seed 19775). Settled instances only; one in flight is refused.
 */
export default defineAction<ModifyInstancesProjectRequest, ModifyInstancesProjectResponse>((params, ctx) => {
  const recs = requireBatch(ctx, params.InstanceIds, 100);
  if (params.ProjectId < 0) {
    throw new ApiError("InvalidProjectId.NotFound", { en: `The project ${params.ProjectId} does not exist.`, zh: `项目 ${params.ProjectId} 不存在。` });
  }
  assertAllOperable(ctx, recs, ["RUNNING", "STOPPED", "SHUTDOWN", "RESCUE_MODE", "LAUNCH_FAILED"]);
  ctx.store.transaction(() => {
    for (const rec of recs) {
      rec.Placement = { ...rec.Placement, ProjectId: params.ProjectId };
      finishImmediately(ctx, rec);
    }
  });
  return {};
});
