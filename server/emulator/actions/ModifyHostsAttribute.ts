import type { ModifyHostsAttributeRequest, ModifyHostsAttributeResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError, invalidParameterValue, missingParameter } from "../protocol/errors";
import { HOST_RENEW_FLAGS } from "../state/hosts/record";
import { assertHostsIn, requireHosts, saveHost } from "../state/hosts/repo";
import { defineAction } from "./types";

/** seed 21611: "可任意命名，但不得超过60个字符". */
const MAX_HOST_NAME = 60;

/**
 * ModifyHostsAttribute (seed 21579–21758): renames hosts, or changes their RenewFlag, and optionally their
 * ProjectId. seed 21583: "参数HostName和RenewFlag必须设置其中一个，但不能同时设置". A host whose creation failed
 * cannot be changed (InvalidHost.NotSupported).
 */
export default defineAction<ModifyHostsAttributeRequest, ModifyHostsAttributeResponse>((params, ctx) => {
  const { HostName, RenewFlag, ProjectId } = params;
  if (HostName === undefined && RenewFlag === undefined) throw missingParameter("HostName or RenewFlag");
  if (HostName !== undefined && RenewFlag !== undefined) {
    throw new ApiError("InvalidParameter", { en: "HostName and RenewFlag cannot be set in the same request.", zh: "参数HostName和RenewFlag不能同时设置。" });
  }
  if (HostName !== undefined && [...HostName].length > MAX_HOST_NAME) throw invalidParameterValue("HostName", `at most ${MAX_HOST_NAME} characters`);
  // seed 21617–21623: the three renewal flags.
  if (RenewFlag !== undefined && !HOST_RENEW_FLAGS.includes(RenewFlag)) throw invalidParameterValue("RenewFlag", `"${RenewFlag}" is not one of ${HOST_RENEW_FLAGS.join(", ")}`);
  if (ProjectId !== undefined && ProjectId < 0) throw invalidParameterValue("ProjectId", `${ProjectId} is not a project ID`);

  const hosts = requireHosts(ctx, params.HostIds);
  assertHostsIn(hosts, ["PENDING", "RUNNING", "EXPIRED"], "ModifyHostsAttribute");
  ctx.store.transaction(() => {
    for (const host of hosts) {
      if (HostName !== undefined) host.HostName = HostName;
      if (RenewFlag !== undefined) host.RenewFlag = RenewFlag;
      if (ProjectId !== undefined) host.Placement.ProjectId = ProjectId;
      saveHost(ctx, host);
    }
  });
  return {};
});
