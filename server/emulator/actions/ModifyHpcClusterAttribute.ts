import type { ModifyHpcClusterAttributeRequest, ModifyHpcClusterAttributeResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { checkName, checkRemark, requireCluster, saveCluster } from "../state/hpc/clusters";
import { defineAction } from "./types";

/**
 * ModifyHpcClusterAttribute (seed 35595–35745): a new Name (1–60 characters, seed 35623) and/or Remark (1–256,
 * seed 35628) for a cluster; an unknown cluster → ResourceNotFound.HpcCluster.
 */
export default defineAction<ModifyHpcClusterAttributeRequest, ModifyHpcClusterAttributeResponse>((params, ctx) => {
  const cluster = requireCluster(ctx, params.HpcClusterId);
  if (params.Name !== undefined) checkName(params.Name);
  if (params.Remark !== undefined) checkRemark(params.Remark);
  saveCluster(ctx, { ...cluster, Name: params.Name ?? cluster.Name, Remark: params.Remark ?? cluster.Remark });
  return {};
});
