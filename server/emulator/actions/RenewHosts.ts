import type { RenewHostsRequest, RenewHostsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../protocol/errors";
import { parseHostPrepaid, renewHosts } from "../state/hosts/renew";
import { assertHostsIn, requireHosts } from "../state/hosts/repo";
import { defineAction } from "./types";

/** seed 21786: "每次请求的CDH实例的上限为100". */
const MAX_HOSTS = 100;

/**
 * RenewHosts (seed 21759–21923): adds HostChargePrepaid.Period months to prepaid hosts ("只支持操作包年包月实例",
 * seed 21765). A RUNNING host extends from its ExpiredTime; an EXPIRED one is renewed from now and runs again.
 * A host still being created (or whose creation failed) cannot be renewed (InvalidHost.NotSupported).
 */
export default defineAction<RenewHostsRequest, RenewHostsResponse>((params, ctx) => {
  if (params.HostIds.length > MAX_HOSTS) {
    throw new ApiError("InvalidParameterValue.LimitExceeded", { en: `At most ${MAX_HOSTS} HostIds per request; got ${params.HostIds.length}.`, zh: `每次请求的CDH实例的上限为${MAX_HOSTS}。` });
  }
  const { period, renewFlag, renewFlagGiven } = parseHostPrepaid(params.HostChargePrepaid);
  const hosts = requireHosts(ctx, params.HostIds);
  assertHostsIn(hosts, ["RUNNING", "EXPIRED"], "RenewHosts");
  renewHosts(ctx, hosts, period, renewFlagGiven ? renewFlag : undefined);
  return {};
});
