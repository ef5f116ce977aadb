import "server-only";
import type { HpcClusterList } from "@/lib/hpc/types";
import { cvmFor, pageAll, type Where } from "./resource-scope";

/** Every HPC cluster of the region with its members (DescribeHpcClusters, seed 35275; Limit ≤ 100). */
export async function listHpcClusters(w: Where): Promise<HpcClusterList> {
  const { client, opts } = await cvmFor(w);
  const { total, items } = await pageAll(async (Offset, Limit) => {
    const res = await client.call("DescribeHpcClusters", { Offset, Limit }, opts);
    return { total: res.TotalCount ?? 0, items: res.HpcClusterSet ?? [] };
  });
  return {
    TotalCount: total,
    HpcClusterSet: items.map((c) => ({
      HpcClusterId: c.HpcClusterId ?? "",
      Name: c.Name ?? "",
      Remark: c.Remark ?? "",
      Zone: c.Zone ?? "",
      HpcClusterType: c.HpcClusterType ?? "STANDARD",
      CvmQuotaTotal: c.CvmQuotaTotal ?? 0,
      CurrentNum: c.CurrentNum ?? 0,
      InstanceIds: c.InstanceIds ?? [],
      CreateTime: c.CreateTime ?? "",
    })),
  };
}
