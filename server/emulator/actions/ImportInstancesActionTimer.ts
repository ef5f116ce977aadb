import type {
  ImportInstancesActionTimerRequest,
  ImportInstancesActionTimerResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { assertTimerAllowed, createTimer, parseTimerRequest } from "../state/changes/action-timers";
import { requireBatch } from "../state/changes/operations";
import { defineAction } from "./types";

/**
 * ImportInstancesActionTimer (seed 17756–17945): schedule the termination of up to 100 instances (seed 17783:
 * "目前仅支持定时销毁") at an ActionTime at least 5 minutes ahead (seed 35794). Returns one ActionTimerId per
 * instance (a UUID, as in the seed's example). The timer fires on the emulator clock.
 */
export default defineAction<ImportInstancesActionTimerRequest, ImportInstancesActionTimerResponse>((params, ctx) => {
  const recs = requireBatch(ctx, params.InstanceIds, 100);
  const { action, atMs } = parseTimerRequest(ctx, params.ActionTimer);
  for (const rec of recs) assertTimerAllowed(ctx, rec);
  const ActionTimerIds = ctx.store.transaction(() => recs.map((rec) => createTimer(ctx, rec.InstanceId, action, atMs).ActionTimerId));
  return { ActionTimerIds };
});
