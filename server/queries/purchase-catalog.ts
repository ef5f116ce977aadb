import "server-only";
import { getCvmClient } from "@/server/cvm/for-account";
import { isCloudApiError } from "@/server/cvm/errors";
import type { PurchaseCatalog, TypeFacts } from "@/lib/purchase/catalog";
import type { Where } from "./purchase";
import { createTtlCache } from "./ttl-cache";

// The wizard's region-wide catalogue facts (issue 7): family names, accelerator facts, network billing modes.

const cache = createTtlCache<PurchaseCatalog>({ ttlMs: 5 * 60_000 });
const n = (v: number | null | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** A part the backend does not serve (an action it lacks, or not allowed) is left empty; other errors fail the read. */
async function orEmpty<T>(read: Promise<T>, empty: T): Promise<T> {
  try {
    return await read;
  } catch (err) {
    if (isCloudApiError(err) && (err.code.startsWith("UnsupportedOperation") || err.code.startsWith("UnauthorizedOperation") || err.code === "InvalidAction")) return empty;
    throw err;
  }
}

/**
 * DescribeInstanceFamilyConfigs (seed 10956), DescribeInstanceTypeConfigs (seed 11269) and
 * DescribeInternetChargeTypeConfigs (seed 30645) of the region, in the caller's language, cached for five minutes.
 */
export async function describePurchaseCatalog(w: Where): Promise<PurchaseCatalog> {
  return cache.get(`${w.accountId}|${w.region}|${w.language}`, async () => {
    const client = await getCvmClient(w.accountId);
    const opts = { region: w.region, language: w.language };
    const [families, accelerators, internetChargeTypes] = await Promise.all([
      orEmpty(
        client.call("DescribeInstanceFamilyConfigs", {}, opts).then((r) => {
          const out: Record<string, string> = {};
          for (const f of r.InstanceFamilyConfigSet ?? []) if (f.InstanceFamily) out[f.InstanceFamily] = f.InstanceFamilyName || f.InstanceFamily;
          return out;
        }),
        {},
      ),
      orEmpty(
        client.call("DescribeInstanceTypeConfigs", {}, opts).then((r) => {
          const out: Record<string, TypeFacts> = {};
          for (const c of r.InstanceTypeConfigSet ?? []) {
            const facts: TypeFacts = { Gpu: n(c.GPU), GpuCount: n(c.GpuCount), GpuType: c.GpuType ?? "", GpuMemory: n(c.GpuMemory), Fpga: n(c.FPGA) };
            if (c.InstanceType && (facts.Gpu || facts.GpuCount || facts.Fpga)) out[c.InstanceType] = facts;
          }
          return out;
        }),
        {},
      ),
      orEmpty(
        client.call("DescribeInternetChargeTypeConfigs", {}, opts).then((r) =>
          (r.InternetChargeTypeConfigSet ?? []).filter((c) => c.InternetChargeType).map((c) => ({ type: c.InternetChargeType!, description: c.Description ?? "" })),
        ),
        [],
      ),
    ]);
    return { families, accelerators, internetChargeTypes };
  });
}
