import type { ConfigureChcAssistVpcRequest, ConfigureChcAssistVpcResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../protocol/errors";
import { assertChcAllows } from "../state/chc/denied";
import { parseDeployExtra, planNetworks } from "../state/chc/network";
import { beginChcOperation } from "../state/chc/operations";
import { requireChcs } from "../state/chc/repo";
import { defineAction } from "./types";

/**
 * ConfigureChcAssistVpc (seed 22444–22656): gives newly imported CHC servers their out-of-band (BMC) network and,
 * optionally, their deploy network ("传入带外网络和部署网络信息", seed 22448). The servers are OPERATING, then INIT
 * with an out-of-band network, or READY with both and PREPARED once checked (state/chc/operations.ts).
 */
export default defineAction<ConfigureChcAssistVpcRequest, ConfigureChcAssistVpcResponse>((params, ctx) => {
  const recs = requireChcs(ctx, params.ChcIds);
  for (const rec of recs) assertChcAllows(rec, "ConfigureChcAssistVpc");
  const deployVpc = params.DeployVirtualPrivateCloud;
  if (!deployVpc && (params.DeploySecurityGroupIds?.length || params.ChcDeployExtraConfig)) {
    throw new ApiError("InvalidParameter", { en: "DeploySecurityGroupIds and ChcDeployExtraConfig need DeployVirtualPrivateCloud.", zh: "未指定部署网络。" });
  }
  const taken = new Set<string>();
  const bmc = planNetworks(ctx, recs, params.BmcVirtualPrivateCloud, params.BmcSecurityGroupIds, "bmc", taken);
  const deploy = deployVpc ? planNetworks(ctx, recs, deployVpc, params.DeploySecurityGroupIds, "deploy", taken) : undefined;
  const extra = deployVpc ? parseDeployExtra(ctx, params.ChcDeployExtraConfig) : null;
  beginChcOperation(
    ctx,
    recs,
    recs.map((_, i) => ({ bmc: bmc[i], ...(deploy ? { deploy: deploy[i], deployExtra: extra } : {}) })),
    false,
  );
  return {};
});
