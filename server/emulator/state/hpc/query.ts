// DescribeHpcClusters (seed 35275–35594): by ids, name, zone, type, business id, instance type and tag filters.
import type { DescribeHpcClustersRequest, HpcClusterInfo } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { invalidParameterValue } from "../../protocol/errors";
import { compileFilters, parsePage } from "../hosts/filters";
import type { InstanceCtx } from "../instances/repo";
import { listClusters, membersByCluster, requireRegionZone, toHpcClusterInfo } from "./clusters";
import type { HpcClusterRecord } from "./record";

/**
 * seed 35302: HpcClusterIds "批量上限为100 … 不能超过Limit值"; seed 35324: Limit [1-100] default 20; seed 35390:
 * tag filters, ≤ 10 Filters of ≤ 5 Values. The page lists clusters newest first.
 */
export function describeHpcClusters(ctx: InstanceCtx & { region: string }, p: DescribeHpcClustersRequest): { TotalCount: number; HpcClusterSet: HpcClusterInfo[] } {
  const page = parsePage(p.Offset, p.Limit, { badOffset: "InvalidParameterValue", badLimit: "InvalidParameterValue" });
  if (p.HpcClusterIds && p.HpcClusterIds.length > page.limit) {
    throw invalidParameterValue("HpcClusterIds", `at most Limit (${page.limit}) IDs per request; got ${p.HpcClusterIds.length}`);
  }
  if (p.Zone !== undefined) requireRegionZone(p.Zone, ctx.region);
  const tagTest = compileFilters(p.Filters, {
    defs: {},
    tagsOf: (r: HpcClusterRecord) => r.Tags,
    maxFilters: 10,
    maxValues: 5,
    codes: { unknown: "InvalidParameterValue", tooManyFilters: "InvalidParameterValue", tooManyValues: "InvalidParameterValue", noValues: "InvalidParameterValue" },
  });
  const members = membersByCluster(ctx);
  const ids = p.HpcClusterIds && new Set(p.HpcClusterIds);
  const matched = listClusters(ctx)
    .filter(
      (c) =>
        (!ids || ids.has(c.HpcClusterId)) &&
        (p.Name === undefined || c.Name === p.Name) &&
        (p.Zone === undefined || c.Zone === p.Zone) &&
        (p.HpcClusterType === undefined || c.HpcClusterType === p.HpcClusterType) &&
        (p.HpcClusterBusinessId === undefined || c.HpcClusterBusinessId === p.HpcClusterBusinessId) &&
        (p.InstanceType === undefined || (members.get(c.HpcClusterId)?.types.has(p.InstanceType) ?? false)) &&
        tagTest(c),
    )
    .reverse();
  return {
    TotalCount: matched.length,
    HpcClusterSet: matched.slice(page.offset, page.offset + page.limit).map((c) => toHpcClusterInfo(c, members.get(c.HpcClusterId)?.ids)),
  };
}
