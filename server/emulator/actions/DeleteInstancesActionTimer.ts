import type {
  DeleteInstancesActionTimerRequest,
  DeleteInstancesActionTimerResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError, missingParameter } from "../protocol/errors";
import { deleteTimer, listTimers, runDueTimers } from "../state/changes/action-timers";
import { defineAction } from "./types";

/**
 * DeleteInstancesActionTimer (seed 19425–19575): cancel timers. Only timers not yet run can be deleted
 * (seed 19447: "只能删除未执行的定时任务"); an unknown id is ResourceNotFound. All or nothing.
 */
export default defineAction<DeleteInstancesActionTimerRequest, DeleteInstancesActionTimerResponse>((params, ctx) => {
  if (params.ActionTimerIds.length === 0) throw missingParameter("ActionTimerIds");
  runDueTimers(ctx);
  const timers = new Map(listTimers(ctx).map((t) => [t.ActionTimerId, t]));
  for (const id of params.ActionTimerIds) {
    const t = timers.get(id);
    if (!t) throw new ApiError("ResourceNotFound", { en: `The action timer \`${id}\` does not exist.`, zh: `定时任务 \`${id}\` 不存在。` });
    if (t.Status !== "UNDO") {
      throw new ApiError("UnsupportedOperation", { en: `The action timer \`${id}\` is ${t.Status}; only UNDO timers can be deleted.`, zh: "只能删除未执行的定时任务。" });
    }
  }
  ctx.store.transaction(() => params.ActionTimerIds.forEach((id) => deleteTimer(ctx, id)));
  return {};
});
