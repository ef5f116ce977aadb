import type { DeleteHpcClustersRequest, DeleteHpcClustersResponse } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../protocol/errors";
import { HPC_CLUSTER_KIND } from "../state/hpc/record";
import { membersByCluster, requireCluster } from "../state/hpc/clusters";
import { defineAction } from "./types";

/**
 * DeleteHpcClusters (seed 35123–35274): "当高性能计算集群为空, 即集群内没有任何设备时候, 可以删除该集群" (seed 35127).
 * Every cluster is checked first — unknown → ResourceNotFound.HpcCluster, holding instances → ResourceInUse.HpcCluster —
 * then all are deleted together.
 */
export default defineAction<DeleteHpcClustersRequest, DeleteHpcClustersResponse>((params, ctx) => {
  const ids = [...new Set(params.HpcClusterIds)];
  const members = membersByCluster(ctx);
  for (const id of ids) {
    requireCluster(ctx, id);
    const held = members.get(id)?.ids ?? [];
    if (held.length > 0) {
      throw new ApiError("ResourceInUse.HpcCluster", { en: `The HPC cluster ${id} still holds ${held.join(", ")}.`, zh: `高性能计算集群 ${id} 使用中。` });
    }
  }
  ctx.store.transaction(() => ids.forEach((id) => ctx.store.delete(ctx.scope, HPC_CLUSTER_KIND, id)));
  return {};
});
