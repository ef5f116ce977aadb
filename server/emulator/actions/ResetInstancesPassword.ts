import type {
  ResetInstancesPasswordRequest,
  ResetInstancesPasswordResponse,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../protocol/errors";
import { assertPassword } from "../state/changes/login-rules";
import { assertAllOperable, beginChange, defaultUserName, platformOf, requireBatch } from "../state/changes/operations";
import { defineAction } from "./types";

/**
 * ResetInstancesPassword (seed 15363–15634): one password for up to 100 instances (seed 15395). The password
 * follows the Windows rule as soon as one instance runs Windows (seed 15406). A RUNNING instance needs
 * ForceStop (seed 15363: "重置处于运行中状态的实例密码，需要设置关机参数ForceStop为TRUE"): it shuts down, takes
 * the password and starts again (STOPPING → RUNNING); a STOPPED one stays STOPPED while the reset runs.
 */
export default defineAction<ResetInstancesPasswordRequest, ResetInstancesPasswordResponse>((params, ctx) => {
  const recs = requireBatch(ctx, params.InstanceIds, 100);
  // seed 15434: "不得超过64个字符".
  if (params.UserName !== undefined && params.UserName.length > 64) {
    throw new ApiError("InvalidParameterValue.TooLong", { en: "UserName must be at most 64 characters.", zh: "用户名不得超过64个字符。" });
  }
  const windows = recs.find((r) => platformOf(r) === "WINDOWS");
  const userName = params.UserName ?? (windows ? defaultUserName(windows) : undefined);
  assertPassword(params.Password, { policy: "reset-password", platform: windows ? "WINDOWS" : "LINUX", userName });
  assertAllOperable(ctx, recs, params.ForceStop ? ["RUNNING", "STOPPED"] : ["STOPPED"]);
  ctx.store.transaction(() => {
    for (const rec of recs) {
      rec.internal.password = params.Password;
      const running = rec.InstanceState === "RUNNING";
      beginChange(ctx, rec, { transitional: running ? "STOPPING" : "STOPPED", final: running ? "RUNNING" : "STOPPED" });
    }
  });
  return {};
});
