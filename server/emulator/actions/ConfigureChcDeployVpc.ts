import type { ConfigureChcDeployVpcRequest, ConfigureChcDeployVpcResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { assertChcAllows } from "../state/chc/denied";
import { parseDeployExtra, planNetworks } from "../state/chc/network";
import { beginChcOperation } from "../state/chc/operations";
import { requireChcs } from "../state/chc/repo";
import { defineAction } from "./types";

/**
 * ConfigureChcDeployVpc (seed 22657–22847): gives CHC servers that have their out-of-band network the deploy
 * network, with its DHCP options (ChcDeployExtraConfig). A server that already has one is refused with
 * InvalidParameterValue.DeployVpcAlreadyExists (seed 22813). OPERATING, then READY, then PREPARED.
 */
export default defineAction<ConfigureChcDeployVpcRequest, ConfigureChcDeployVpcResponse>((params, ctx) => {
  const recs = requireChcs(ctx, params.ChcIds);
  for (const rec of recs) assertChcAllows(rec, "ConfigureChcDeployVpc");
  const deploy = planNetworks(ctx, recs, params.DeployVirtualPrivateCloud, params.DeploySecurityGroupIds, "deploy");
  const extra = parseDeployExtra(ctx, params.ChcDeployExtraConfig);
  beginChcOperation(ctx, recs, deploy.map((d) => ({ deploy: d, deployExtra: extra })), false);
  return {};
});
