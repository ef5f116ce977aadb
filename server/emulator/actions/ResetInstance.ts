import type { ResetInstanceRequest, ResetInstanceResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { assertAllOperable, beginChange, requireOne } from "../state/changes/operations";
import { planReinstall } from "../state/changes/reinstall";
import { defineAction } from "./types";

/**
 * ResetInstance (seed 20930–21333): reinstall the OS with the current or another image (ImageId), optionally
 * growing the system disk (seed 20991), with a new password, keys or the image's login (LoginSettings), host
 * name and user data. RUNNING or STOPPED instances (the page documents no InstanceStateRunning/Stopped); the
 * instance reboots into the new system: RUNNING → REBOOTING → RUNNING, STOPPED → STARTING → RUNNING, and
 * LatestOperationState turns SUCCESS when done (seed 20930).
 */
export default defineAction<ResetInstanceRequest, ResetInstanceResponse>((params, ctx) => {
  const rec = requireOne(ctx, params.InstanceId);
  assertAllOperable(ctx, [rec], ["RUNNING", "STOPPED"]);
  const plan = planReinstall(ctx, rec, params);
  ctx.store.transaction(() => {
    if (plan.password !== undefined) rec.internal.password = plan.password;
    else delete rec.internal.password;
    if (plan.userData !== undefined) rec.internal.userData = plan.userData;
    const transitional = rec.InstanceState === "RUNNING" ? "REBOOTING" : "STARTING";
    beginChange(ctx, rec, { transitional, final: "RUNNING", patch: plan.patch });
  });
  return {};
});
