import type { ExitRescueModeRequest, ExitRescueModeResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { assertAllOperable, beginChange, requireOne } from "../state/changes/operations";
import { defineAction } from "./types";

/**
 * ExitRescueMode (seed 17595–17755): leave the rescue system and boot the instance's own
 * (RESCUE_MODE → EXIT_RESCUE_MODE → RUNNING). Any other state is refused with its documented code
 * (e.g. UnsupportedOperation.InstanceStateRunning, seed 17725).
 */
export default defineAction<ExitRescueModeRequest, ExitRescueModeResponse>((params, ctx) => {
  const rec = requireOne(ctx, params.InstanceId);
  assertAllOperable(ctx, [rec], ["RESCUE_MODE"]);
  ctx.store.transaction(() => beginChange(ctx, rec, { transitional: "EXIT_RESCUE_MODE", final: "RUNNING" }));
  return {};
});
