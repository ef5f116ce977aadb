import type { InquiryPriceRenewHostsRequest, InquiryPriceRenewHostsResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError, invalidParameterValue } from "../protocol/errors";
import { parseHostPrepaid, quoteHostRenewal } from "../state/hosts/renew";
import { assertHostsIn, requireHosts } from "../state/hosts/repo";
import { defineAction } from "./types";

/** seed 21952: "每次请求批量实例的上限为100". */
const MAX_HOSTS = 100;

/**
 * InquiryPriceRenewHosts (seed 21924–22108): what RenewHosts will charge for Period more months of the hosts
 * (HostPriceInfo.HostPrice, the sum of each host's price for the term; the same model AllocateHosts uses).
 * Only prepaid hosts that RenewHosts accepts are quoted. DryRun (seed 21961) checks everything and answers
 * DryRunOperation.
 */
export default defineAction<InquiryPriceRenewHostsRequest, InquiryPriceRenewHostsResponse>((params, ctx) => {
  if (params.HostIds.length > MAX_HOSTS) throw invalidParameterValue("HostIds", `at most ${MAX_HOSTS} per request`);
  const { period } = parseHostPrepaid(params.HostChargePrepaid);
  const hosts = requireHosts(ctx, params.HostIds);
  assertHostsIn(hosts, ["RUNNING", "EXPIRED"], "InquiryPriceRenewHosts");
  if (params.DryRun) throw new ApiError("DryRunOperation", { en: "The request would have succeeded, but DryRun was set.", zh: "DryRun 操作，请求将会成功。" });
  return { Price: quoteHostRenewal(hosts, period) };
});
