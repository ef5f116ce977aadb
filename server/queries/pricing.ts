import "server-only";
import type { InstanceTypeQuotaItem } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { getCvmClient } from "@/server/cvm/for-account";
import { toActionError } from "@/server/actions/action-error";
import type { ActionError } from "@/lib/action-result";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { pickDefaultImage } from "@/lib/purchase/defaults";
import type { PriceAnswer } from "@/lib/purchase/price";
import { canonicalJson, type RunInstancesParams } from "@/lib/purchase/request";
import { createPool } from "@/lib/pricing/pool";
import { quoteFromPrice, quoteRequest } from "@/lib/pricing/quote";
import { buildRegionRows, quoteOrder, type CatalogOffer } from "@/lib/pricing/rows";
import { MODE_BILLING, type PricingScope, type PricingSpec } from "@/lib/pricing/spec";
import type { MatrixEvent, PricingShape, RegionRef } from "@/lib/pricing/types";
import { describePurchaseImages } from "./purchase";
import { describeRegions, describeZones } from "./regions";
import { createTtlCache } from "./ttl-cache";

// The pricing page's reads (issue 6): a region's catalogue with unit prices (DescribeZoneInstanceConfigInfos, one
// call per region), and the exact price of each matrix cell (InquiryPriceRunInstances), fanned out per region at
// most QUOTES_IN_FLIGHT at a time through the account's client, whose limiter keeps the documented rate
// (InquiryPriceRunInstances 10/s, seed 11964). Results are cached briefly, so a refresh or a second viewer is cheap.

export interface PricingWhere {
  accountId: string;
  region: string;
  language: Locale;
}

const QUOTES_IN_FLIGHT = 3;
/** Catalogues of different regions are fetched a few at a time (each is the whole region, ~1,000 items). */
const CATALOGS_IN_FLIGHT = 6;

const catalogCache = createTtlCache<CatalogOffer[]>({ ttlMs: 60_000, maxEntries: 200 });
const imageCache = createTtlCache<string>({ ttlMs: 10 * 60_000, maxEntries: 2_000 });
const quoteCache = createTtlCache<PriceAnswer>({ ttlMs: 2 * 60_000, maxEntries: 20_000 });

/**
 * "Refresh prices" starts a new generation of an account's cached catalogues and quotes: the old entries are simply
 * no longer asked for (they expire on their own), so a refresh really asks the cloud again.
 */
const generations = new Map<string, number>();
const gen = (accountId: string) => generations.get(accountId) ?? 0;

const n = (v: number | null | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

function toCatalogOffer(i: InstanceTypeQuotaItem): CatalogOffer {
  const p = i.Price ?? {};
  return {
    Zone: i.Zone ?? "",
    InstanceType: i.InstanceType ?? "",
    InstanceFamily: i.InstanceFamily ?? "",
    TypeName: i.TypeName ?? "",
    Cpu: n(i.Cpu),
    Memory: n(i.Memory),
    GpuCount: n(i.GpuCount),
    CpuType: i.CpuType ?? "",
    Frequency: i.Frequency ?? "",
    ChargeType: i.InstanceChargeType ?? "",
    Status: i.Status ?? "",
    SoldOutReason: i.SoldOutReason ?? "",
    Price: {
      UnitPrice: n(p.UnitPrice),
      UnitPriceDiscount: n(p.UnitPriceDiscount ?? p.UnitPrice),
      OriginalPrice: n(p.OriginalPrice),
      DiscountPrice: n(p.DiscountPrice ?? p.OriginalPrice),
      OriginalPriceOneYear: n(p.OriginalPriceOneYear),
      DiscountPriceOneYear: n(p.DiscountPriceOneYear ?? p.OriginalPriceOneYear),
      OriginalPriceThreeYear: n(p.OriginalPriceThreeYear),
      DiscountPriceThreeYear: n(p.DiscountPriceThreeYear ?? p.OriginalPriceThreeYear),
    },
  };
}

const PRICED_CHARGE_TYPES = [...new Set(Object.values(MODE_BILLING).map((b) => b.charge))];

/** Every zone's types and unit prices under the compared charge types, in one call (seed 20594: zone filter optional). */
export async function describePricingCatalog(w: PricingWhere): Promise<CatalogOffer[]> {
  return catalogCache.get(`${gen(w.accountId)}|${w.accountId}|${w.region}|${w.language}`, async () => {
    const client = await getCvmClient(w.accountId);
    const res = await client.call(
      "DescribeZoneInstanceConfigInfos",
      { Filters: [{ Name: "instance-charge-type", Values: PRICED_CHARGE_TYPES }] },
      { region: w.region, language: w.language },
    );
    return (res.InstanceTypeQuotaSet ?? []).filter((i) => i.InstanceType && i.Zone).map(toCatalogOffer);
  });
}

/** The CPU / memory / GPU shapes a region sells, for the spec picker. */
export async function describePricingShapes(w: PricingWhere): Promise<PricingShape[]> {
  const offers = await describePricingCatalog(w);
  const shapes = new Map<string, { shape: PricingShape; types: Set<string> }>();
  for (const o of offers) {
    const key = `${o.Cpu}|${o.Memory}|${o.GpuCount}`;
    const hit = shapes.get(key) ?? { shape: { Cpu: o.Cpu, Memory: o.Memory, GpuCount: o.GpuCount, types: 0 }, types: new Set() };
    hit.types.add(o.InstanceType);
    shapes.set(key, hit);
  }
  return [...shapes.values()]
    .map(({ shape, types }) => ({ ...shape, types: types.size }))
    .sort((a, b) => a.Cpu - b.Cpu || a.Memory - b.Memory || a.GpuCount - b.GpuCount);
}

/** The regions a matrix covers: the header's region, or every region of the account that is on sale. */
export async function pricingRegions(w: PricingWhere, scope: PricingScope): Promise<RegionRef[]> {
  const regions = await describeRegions(w.accountId, w.language).catch((err: unknown) => {
    if (scope === "regions") throw err;
    return [];
  });
  if (scope === "zones") return [{ Region: w.region, RegionName: regions.find((r) => r.Region === w.region)?.RegionName ?? w.region }];
  return regions.filter((r) => r.RegionState === "AVAILABLE").map((r) => ({ Region: r.Region, RegionName: r.RegionName }));
}

/**
 * A public image the family boots (DescribeImages with InstanceType, seed 25015: ARM families need ARM images, GPU
 * driver images only GPU ones): InquiryPriceRunInstances requires one. The wizard's default choice rule picks it.
 */
async function quoteImage(w: PricingWhere, family: string, instanceType: string): Promise<string> {
  return imageCache.get(`${w.accountId}|${w.region}|${family}`, async () => {
    const { ImageSet } = await describePurchaseImages(w, "PUBLIC_IMAGE", instanceType);
    const image = pickDefaultImage(ImageSet);
    if (!image) throw new NoImageError();
    return image.ImageId;
  });
}

/** No public image boots the type here: nothing to price it with (shown on the cell, not logged as our bug). */
class NoImageError extends Error {}

function cellError(err: unknown, t: Translate): ActionError {
  return err instanceof NoImageError ? { code: "NoPublicImage", message: t("pricing.error.noImage") } : toActionError(err, t);
}

/**
 * InquiryPriceRunInstances for one cell's request, shared by concurrent and recent callers. Pacing and retries on
 * throttling are the client's (server/cvm: a sliding one-second window per action and region, as upstream counts).
 */
async function quoteCell(w: PricingWhere, request: RunInstancesParams): Promise<PriceAnswer> {
  return quoteCache.get(`${gen(w.accountId)}|${w.accountId}|${w.region}|${canonicalJson(request)}`, async () => {
    const client = await getCvmClient(w.accountId);
    const res = await client.call("InquiryPriceRunInstances", request as never, { region: w.region, language: w.language });
    return { Price: { InstancePrice: res.Price?.InstancePrice ?? null, BandwidthPrice: res.Price?.BandwidthPrice ?? null }, RequestId: res.RequestId ?? "" };
  });
}

/**
 * The matrix of a spec over `regions`, as events: each region's rows as soon as its catalogue is in (or its error:
 * one failing region never hides the others), then each selling cell's exact price or error. Stops taking new
 * work once `signal` aborts (the browser moved on); calls already sent finish into the cache.
 */
export async function streamPricingMatrix(
  w: Omit<PricingWhere, "region">,
  regions: readonly RegionRef[],
  spec: PricingSpec,
  emit: (event: MatrixEvent) => void,
  signal: AbortSignal,
  t: Translate,
  opts: { fresh?: boolean } = {},
): Promise<void> {
  if (opts.fresh) generations.set(w.accountId, gen(w.accountId) + 1);
  emit({ t: "start", regions: [...regions], at: new Date().toISOString() });
  const catalogs = createPool(CATALOGS_IN_FLIGHT);
  await Promise.all(
    regions.map(async (region) => {
      const rw: PricingWhere = { ...w, region: region.Region };
      let built;
      try {
        const [zones, offers] = await catalogs(() =>
          signal.aborted ? Promise.reject(new Error("aborted")) : Promise.all([describeZones(w.accountId, region.Region, w.language), describePricingCatalog(rw)]),
        );
        built = buildRegionRows(region, zones, offers, spec, spec.scope);
      } catch (err) {
        if (!signal.aborted) emit({ t: "regionError", region: region.Region, error: toActionError(err, t) });
        return;
      }
      emit({ t: "rows", region: region.Region, rows: built.rows, quotable: built.quotable, closedZones: built.closedZones });
      const quotes = createPool(QUOTES_IN_FLIGHT);
      await Promise.all(
        quoteOrder(built.rows).map(({ row, cell }) =>
          quotes(async () => {
            if (signal.aborted) return;
            try {
              const imageId = await quoteImage(rw, row.InstanceFamily, row.InstanceType);
              const answer = await quoteCell(rw, quoteRequest(spec, cell.mode, cell.zone, row.InstanceType, imageId));
              if (!signal.aborted) emit({ t: "quote", cell: cell.id, quote: quoteFromPrice(answer, cell.mode), imageId });
            } catch (err) {
              if (!signal.aborted) emit({ t: "quoteError", cell: cell.id, error: cellError(err, t) });
            }
          }),
        ),
      );
    }),
  );
  if (!signal.aborted) emit({ t: "end" });
}

export function clearPricingCaches(): void {
  catalogCache.clear();
  imageCache.clear();
  quoteCache.clear();
}
