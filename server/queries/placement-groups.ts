import "server-only";
import type { PlacementGroupList } from "@/lib/placement-groups/types";
import { cvmFor, pageAll, type Where } from "./resource-scope";

/** Every placement group of the region (with its members) and the region's group quota, in two parallel calls. */
export async function listPlacementGroups(w: Where): Promise<PlacementGroupList> {
  const { client, opts } = await cvmFor(w);
  const [groups, quota] = await Promise.all([
    pageAll(async (Offset, Limit) => {
      const res = await client.call("DescribeDisasterRecoverGroups", { Offset, Limit }, opts);
      return { total: res.TotalCount ?? 0, items: res.DisasterRecoverGroupSet ?? [] };
    }),
    client.call("DescribeDisasterRecoverGroupQuota", {}, opts),
  ]);
  return {
    TotalCount: groups.total,
    DisasterRecoverGroupSet: groups.items.map((g) => ({
      DisasterRecoverGroupId: g.DisasterRecoverGroupId ?? "",
      Name: g.Name ?? "",
      Type: g.Type ?? "",
      CvmQuotaTotal: g.CvmQuotaTotal ?? 0,
      CurrentNum: g.CurrentNum ?? 0,
      InstanceIds: g.InstanceIds ?? [],
      Affinity: g.Affinity ?? 1,
      CreateTime: g.CreateTime ?? "",
    })),
    Quota: {
      GroupQuota: quota.GroupQuota ?? 0,
      CurrentNum: quota.CurrentNum ?? 0,
      CvmInHostGroupQuota: quota.CvmInHostGroupQuota ?? 0,
      CvmInSwitchGroupQuota: quota.CvmInSwitchGroupQuota ?? 0,
      CvmInRackGroupQuota: quota.CvmInRackGroupQuota ?? 0,
    },
  };
}
