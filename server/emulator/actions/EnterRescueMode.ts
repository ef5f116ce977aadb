import type { EnterRescueModeRequest, EnterRescueModeResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { findInstanceType } from "../catalog/compute/instance-types";
import { ApiError, invalidParameterValue } from "../protocol/errors";
import { assertPassword } from "../state/changes/login-rules";
import { assertAllOperable, beginChange, platformOf, requireOne } from "../state/changes/operations";
import { defineAction } from "./types";

/** seed 17406: SOFT_FIRST, HARD, SOFT (default SOFT). */
const STOP_TYPES = ["SOFT_FIRST", "HARD", "SOFT"];

/**
 * EnterRescueMode (seed 17359–17594): boot a RUNNING or STOPPED instance into the rescue system with a
 * temporary password (seed 17387: Linux 8–30 characters of two kinds, Windows 12–30 of three):
 * ENTER_RESCUE_MODE → RESCUE_MODE. ARM instances have no rescue system (seed 17559).
 */
export default defineAction<EnterRescueModeRequest, EnterRescueModeResponse>((params, ctx) => {
  const rec = requireOne(ctx, params.InstanceId);
  if (params.StopType !== undefined && !STOP_TYPES.includes(params.StopType)) {
    throw invalidParameterValue("StopType", `"${params.StopType}" is not one of ${STOP_TYPES.join(", ")}`);
  }
  if (findInstanceType(rec.InstanceType)?.family.architecture === "arm") {
    throw new ApiError("UnsupportedOperation.ArmArchitecture", { en: "Rescue mode is not available for ARM instances.", zh: "该操作暂不支持Arm机器。" });
  }
  assertPassword(params.Password, { policy: "login-settings", platform: platformOf(rec) });
  assertAllOperable(ctx, [rec], ["RUNNING", "STOPPED"]);
  ctx.store.transaction(() => beginChange(ctx, rec, { transitional: "ENTER_RESCUE_MODE", final: "RESCUE_MODE" }));
  return {};
});
