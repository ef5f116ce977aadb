import "server-only";
import { toQuotaOverview } from "@/lib/quotas/overview";
import type { QuotaOverview } from "@/lib/quotas/types";
import { cvmFor, type Where } from "./resource-scope";

/**
 * One region's quotas: instances per zone and charge type, custom images and placement groups (DescribeAccountQuota,
 * seed 16572) with the image quota from DescribeImageQuota (seed 25988), asked in parallel.
 */
export async function describeQuotas(w: Where): Promise<QuotaOverview> {
  const { client, opts } = await cvmFor(w);
  const [account, image] = await Promise.all([
    client.call("DescribeAccountQuota", {}, opts),
    client.call("DescribeImageQuota", {}, opts).catch(() => null), // the account quota also carries it
  ]);
  return toQuotaOverview(w.region, account.AccountQuotaOverview?.AccountQuota ?? {}, image?.ImageNumQuota);
}
