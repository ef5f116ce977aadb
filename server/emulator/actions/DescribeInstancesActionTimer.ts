import type {
  DescribeInstancesActionTimerRequest,
  DescribeInstancesActionTimerResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError, invalidParameterValue } from "../protocol/errors";
import { TIMER_STATUSES, listTimers, parseTimerTime, runDueTimers } from "../state/changes/action-timers";
import { defineAction } from "./types";

const MAX_IDS = 100;

/**
 * DescribeInstancesActionTimer (seed 16885–17096): the account's timers in the region, filtered by timer ids,
 * instance ids, TimerAction, status (seed 16933: UNDO, DOING, DONE) and an ActionTime range (seed 16923–16928,
 * both time forms; a malformed one → InvalidParameterValue.InvalidTimeFormat). Timers due by now have fired.
 */
export default defineAction<DescribeInstancesActionTimerRequest, DescribeInstancesActionTimerResponse>((params, ctx) => {
  for (const [name, list] of [["ActionTimerIds", params.ActionTimerIds], ["InstanceIds", params.InstanceIds]] as const) {
    if ((list?.length ?? 0) > MAX_IDS) throw new ApiError("InvalidParameterValue.LimitExceeded", { en: `At most ${MAX_IDS} ${name} per request.` });
  }
  const bad = params.StatusList?.find((s) => !(TIMER_STATUSES as readonly string[]).includes(s));
  if (bad !== undefined) throw invalidParameterValue("StatusList", `"${bad}" is not one of ${TIMER_STATUSES.join(", ")}`);
  const from = params.StartActionTime === undefined ? -Infinity : parseTimerTime(params.StartActionTime, "StartActionTime");
  const to = params.EndActionTime === undefined ? Infinity : parseTimerTime(params.EndActionTime, "EndActionTime");
  runDueTimers(ctx);
  const ActionTimers = listTimers(ctx)
    .filter((t) => !params.ActionTimerIds?.length || params.ActionTimerIds.includes(t.ActionTimerId))
    .filter((t) => !params.InstanceIds?.length || params.InstanceIds.includes(t.InstanceId))
    .filter((t) => params.TimerAction === undefined || t.TimerAction === params.TimerAction)
    .filter((t) => !params.StatusList?.length || params.StatusList.includes(t.Status))
    .filter((t) => t.atMs >= from && t.atMs <= to)
    .map(({ TimerAction, ActionTime, Externals, ActionTimerId, Status, InstanceId }) => ({ TimerAction, ActionTime, Externals, ActionTimerId, Status, InstanceId }));
  return { ActionTimers };
});
