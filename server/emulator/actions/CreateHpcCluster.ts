import type { CreateHpcClusterRequest, CreateHpcClusterResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { createCluster, toHpcClusterInfo } from "../state/hpc/clusters";
import { defineAction } from "./types";

/**
 * CreateHpcCluster (seed 34906–35122): an empty cluster in a zone of the region (CvmQuotaTotal 50, CurrentNum 0, as
 * the seed's example answers), of type STANDARD unless CDC or CHC is asked for. Name 1–60 and Remark 1–256
 * characters; a zone not for sale → UnsupportedOperation.InvalidZone; the region's quota → LimitExceeded.HpcClusterQuota.
 */
export default defineAction<CreateHpcClusterRequest, CreateHpcClusterResponse>((params, ctx) => ({
  HpcClusterSet: [toHpcClusterInfo(createCluster({ ...ctx, region: ctx.region! }, params))],
}));
