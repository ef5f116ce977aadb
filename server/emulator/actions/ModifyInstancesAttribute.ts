import type {
  ModifyInstancesAttributeRequest,
  ModifyInstancesAttributeResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../protocol/errors";
import { pendingTimerOf } from "../state/changes/action-timers";
import { applyAttributes, parseAttributeChange } from "../state/changes/attributes";
import { assertAllOperable, beginChange, finishImmediately, requireBatch } from "../state/changes/operations";
import { defineAction } from "./types";

/**
 * ModifyInstancesAttribute (seed 15635–16008): name, user data, security groups, CAM role, host name and
 * termination protection of up to 100 instances (seed 15669). Settled instances only (RUNNING / STOPPED: the
 * page refuses every other state). A new HostName reboots a RUNNING instance unless AutoReboot is false
 * (seed 15770: REBOOTING → RUNNING); every other change is immediate.
 */
export default defineAction<ModifyInstancesAttributeRequest, ModifyInstancesAttributeResponse>((params, ctx) => {
  const recs = requireBatch(ctx, params.InstanceIds, 100);
  const change = parseAttributeChange(ctx, recs, params);
  assertAllOperable(ctx, recs, ["RUNNING", "STOPPED"]);
  // seed 15996: protection cannot be turned on for an instance with a scheduled termination.
  if (change.DisableApiTermination === true) {
    const timed = recs.find((r) => pendingTimerOf(ctx, r.InstanceId));
    if (timed) {
      throw new ApiError("UnsupportedOperation.InvalidInstanceNotSupportedProtectedInstance", {
        en: `The instance ${timed.InstanceId} has a scheduled termination; cancel it first.`,
        zh: `实例 ${timed.InstanceId} 已设置定时销毁，请先撤销定时销毁。`,
      });
    }
  }
  ctx.store.transaction(() => {
    for (const rec of recs) {
      applyAttributes(rec, change);
      const reboot = change.HostName !== undefined && change.AutoReboot && rec.InstanceState === "RUNNING";
      if (reboot) beginChange(ctx, rec, { transitional: "REBOOTING", final: "RUNNING" });
      else finishImmediately(ctx, rec);
    }
  });
  return {};
});
