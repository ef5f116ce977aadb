// HPC clusters (CreateHpcCluster seed 34906–35122, DeleteHpcClusters 35123–35274, ModifyHpcClusterAttribute
// 35595–35745): creation with its checks, lookup, and membership, which is the instances' HpcClusterId (RunInstances
// seed 8904–8908) read back, so a cluster's InstanceIds never drift from the instances that exist.
import type { CreateHpcClusterRequest, HpcClusterInfo } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { getZone } from "../../catalog/regions";
import { ApiError, invalidParameterValue } from "../../protocol/errors";
import { resourceTagsOf } from "../hosts/tags";
import { isWellFormedId, newUniqueId } from "../ids";
import { scanInstances, type InstanceCtx } from "../instances/repo";
import { isoSeconds } from "../instances/time";
import { HPC_CLUSTER_KIND, HPC_CLUSTER_TYPES, type HpcClusterRecord } from "./record";

/** Devices one cluster holds: the seed's examples all show CvmQuotaTotal 50 (seed 35037, 35455). */
export const HPC_CLUSTER_CAPACITY = 50;
/** HpcClusterNetMode of the seed's examples (seed 35463). */
export const HPC_CLUSTER_NET_MODE = 30;
/** Clusters per account and region. Not in the seed; over it → LimitExceeded.HpcClusterQuota (seed 35118). */
export const HPC_CLUSTER_QUOTA = 10;

/** seed 35309 / 35623: Name "长度限制[1-60]"; seed 35628: Remark "长度[1-256]". */
export function checkName(name: string): void {
  if ([...name].length < 1 || [...name].length > 60) throw invalidParameterValue("Name", "must be 1–60 characters");
}
export function checkRemark(remark: string): void {
  if ([...remark].length < 1 || [...remark].length > 256) throw invalidParameterValue("Remark", "must be 1–256 characters");
}

/** Instance ids per cluster, from the instances of the scope. */
export function membersByCluster(ctx: InstanceCtx): Map<string, { ids: string[]; types: Set<string> }> {
  const out = new Map<string, { ids: string[]; types: Set<string> }>();
  for (const rec of scanInstances(ctx)) {
    if (!rec.HpcClusterId) continue;
    const m = out.get(rec.HpcClusterId) ?? { ids: [], types: new Set<string>() };
    m.ids.push(rec.InstanceId);
    m.types.add(rec.InstanceType);
    out.set(rec.HpcClusterId, m);
  }
  return out;
}

export function toHpcClusterInfo(rec: Readonly<HpcClusterRecord>, members: readonly string[] = []): HpcClusterInfo {
  const fields: Omit<HpcClusterRecord, "internal"> & { internal?: unknown } = structuredClone(rec) as HpcClusterRecord;
  delete fields.internal;
  return { ...fields, InstanceIds: [...members], CurrentNum: members.length };
}

export function listClusters(ctx: InstanceCtx): HpcClusterRecord[] {
  return ctx.store.list<HpcClusterRecord>(ctx.scope, HPC_CLUSTER_KIND);
}

/** The cluster `id` names, or ResourceNotFound.HpcCluster ("高性能计算集群不存在", seed 35252). */
export function requireCluster(ctx: InstanceCtx, id: string): HpcClusterRecord {
  const rec = isWellFormedId("hpc", id) ? ctx.store.get<HpcClusterRecord>(ctx.scope, HPC_CLUSTER_KIND, id) : undefined;
  if (!rec) throw new ApiError("ResourceNotFound.HpcCluster", { en: `The HPC cluster \`${id}\` does not exist.`, zh: `高性能计算集群 \`${id}\` 不存在。` });
  return rec;
}

export function saveCluster(ctx: InstanceCtx, rec: HpcClusterRecord): void {
  ctx.store.put(ctx.scope, HPC_CLUSTER_KIND, rec.HpcClusterId, rec);
}

/** The zone of a create or describe: in the region (InvalidZone.MismatchRegion, seed 35116). */
export function requireRegionZone(zone: string, region: string): NonNullable<ReturnType<typeof getZone>> {
  const z = getZone(zone);
  if (!z || z.region !== region) throw new ApiError("InvalidZone.MismatchRegion", { en: `The zone \`${zone}\` does not exist in ${region}.`, zh: `地域 ${region} 下不存在可用区 \`${zone}\`。` });
  return z;
}

/** CreateHpcCluster: checks the request and creates one cluster. */
export function createCluster(ctx: InstanceCtx & { action: string; region: string }, p: CreateHpcClusterRequest): HpcClusterRecord {
  // seed 35122: "UnsupportedOperation.InvalidZone 该可用区不可售卖" — a zone DescribeZones shows UNAVAILABLE.
  if (requireRegionZone(p.Zone, ctx.region).state !== "AVAILABLE") {
    throw new ApiError("UnsupportedOperation.InvalidZone", { en: `The zone ${p.Zone} is not for sale.`, zh: `可用区 ${p.Zone} 不可售卖。` });
  }
  checkName(p.Name);
  if (p.Remark !== undefined) checkRemark(p.Remark);
  const type = p.HpcClusterType ?? "STANDARD";
  if (!HPC_CLUSTER_TYPES.includes(type)) throw invalidParameterValue("HpcClusterType", `"${type}" is not one of ${HPC_CLUSTER_TYPES.join(", ")}`);
  // seed 34949: HpcClusterBusinessId "当前只支持CDC"，e.g. "cluster-iu5gustw".
  const businessId = p.HpcClusterBusinessId ?? "";
  if (businessId && (type !== "CDC" || !isWellFormedId("cluster", businessId))) {
    throw invalidParameterValue("HpcClusterBusinessId", type !== "CDC" ? "only a CDC cluster takes a business ID" : `\`${businessId}\` is not a cluster-xxxxxxxx ID`);
  }
  const tags = resourceTagsOf(ctx.action, p.TagSpecification, "hpc");
  if (listClusters(ctx).length >= HPC_CLUSTER_QUOTA) {
    throw new ApiError("LimitExceeded.HpcClusterQuota", { en: `At most ${HPC_CLUSTER_QUOTA} HPC clusters per region.`, zh: `已达创建高性能计算集群数的上限（${HPC_CLUSTER_QUOTA}）。` });
  }
  const now = ctx.clock.now();
  const rec: HpcClusterRecord = {
    HpcClusterId: newUniqueId("hpc", (id) => ctx.store.has(ctx.scope, HPC_CLUSTER_KIND, id)),
    Name: p.Name,
    Remark: p.Remark ?? "",
    CvmQuotaTotal: HPC_CLUSTER_CAPACITY,
    Zone: p.Zone,
    CreateTime: isoSeconds(now),
    HpcClusterType: type,
    HpcClusterBusinessId: businessId,
    HpcClusterNetMode: HPC_CLUSTER_NET_MODE,
    Tags: tags,
    internal: { createdAtMs: now },
  };
  saveCluster(ctx, rec);
  return rec;
}
