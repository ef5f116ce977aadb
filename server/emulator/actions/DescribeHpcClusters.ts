import type { DescribeHpcClustersRequest, DescribeHpcClustersResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { describeHpcClusters } from "../state/hpc/query";
import { defineAction } from "./types";

/**
 * DescribeHpcClusters (seed 35275–35594): the region's HPC clusters with their member instances, by HpcClusterIds,
 * Name, Zone, HpcClusterType, HpcClusterBusinessId, InstanceType and tag Filters, paged (Limit 1–100, default 20).
 */
export default defineAction<DescribeHpcClustersRequest, DescribeHpcClustersResponse>((params, ctx) => describeHpcClusters({ ...ctx, region: ctx.region! }, params));
