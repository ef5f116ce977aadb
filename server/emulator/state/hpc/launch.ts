// RunInstances' HpcClusterId (seed 8904–8908: "若创建的实例为高性能计算实例，需指定实例放置的集群，否则不可指定"):
// the check the launch makes before its instances join a cluster. Membership itself is the instance's HpcClusterId.
import { ApiError } from "../../protocol/errors";
import type { InstanceCtx } from "../instances/repo";
import { membersByCluster, requireCluster } from "./clusters";

/** High-performance computing types (HCC…, BMHCC…, e.g. the seed's HCCPNV4ane.58XLARGE1929, seed 35344). */
export function isHpcInstanceType(instanceType: string): boolean {
  return /^(BM)?HCC/.test(instanceType);
}

export interface HpcPlacement {
  hpcClusterId: string | undefined;
  zone: string;
  instanceType: string;
  count: number;
}

/**
 * RunInstances hook: returns the cluster the new instances join ("" for none), or the documented refusal:
 * an HPC type without a cluster → InvalidParameterValue.InstanceTypeRequiredHpcCluster (seed 9642); a cluster for
 * another type → InvalidParameterValue.InstanceTypeNotSupportHpcCluster (seed 9640); no such cluster →
 * ResourceNotFound.HpcCluster (seed 9807); a cluster of another zone → InvalidParameterValue.HpcClusterIdZoneIdNotMatch
 * (seed 9628); a cluster without room for `count` more (CvmQuotaTotal) → LimitExceeded.
 */
export function checkHpcPlacement(ctx: InstanceCtx, p: HpcPlacement): string {
  const hpcType = isHpcInstanceType(p.instanceType);
  if (p.hpcClusterId === undefined || p.hpcClusterId === "") {
    if (hpcType) throw new ApiError("InvalidParameterValue.InstanceTypeRequiredHpcCluster", { en: `${p.instanceType} is a high-performance computing type: give HpcClusterId.` });
    return "";
  }
  const cluster = requireCluster(ctx, p.hpcClusterId);
  if (!hpcType) throw new ApiError("InvalidParameterValue.InstanceTypeNotSupportHpcCluster", { en: `${p.instanceType} cannot join an HPC cluster.`, zh: `实例类型 ${p.instanceType} 不可加入高性能计算集群。` });
  if (cluster.Zone !== p.zone) {
    throw new ApiError("InvalidParameterValue.HpcClusterIdZoneIdNotMatch", { en: `The HPC cluster ${cluster.HpcClusterId} is in ${cluster.Zone}, not ${p.zone}.` });
  }
  const current = membersByCluster(ctx).get(cluster.HpcClusterId)?.ids.length ?? 0;
  if (current + p.count > cluster.CvmQuotaTotal) {
    throw new ApiError("LimitExceeded", { en: `The HPC cluster ${cluster.HpcClusterId} holds ${current} of ${cluster.CvmQuotaTotal} devices; ${p.count} more do not fit.` });
  }
  return cluster.HpcClusterId;
}
