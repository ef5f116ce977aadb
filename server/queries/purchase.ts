import "server-only";
import type {
  InquiryPriceRunInstancesRequest,
  InstanceTypeQuotaItem,
} from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { getCvmClient } from "@/server/cvm/for-account";
import { isCloudApiError } from "@/server/cvm/errors";
import type { Locale } from "@/lib/i18n/config";
import type { ImageSource } from "@/lib/purchase/constants";
import type { PurchaseConfig } from "@/lib/purchase/config";
import { prefillFromInstance, prefillFromTemplate } from "@/lib/purchase/prefill";
import type { PriceAnswer } from "@/lib/purchase/price";
import type { QuotaByZone, ZoneQuota } from "@/lib/purchase/quota";
import type { RunInstancesParams } from "@/lib/purchase/request";
import type { ImageOption, ImagesAnswer, OptionKind, OptionsAnswer, TypeOffer } from "@/lib/purchase/types";
import { createTtlCache } from "./ttl-cache";

// The purchase wizard's reads (issue 6): what a zone sells and for how much, which images fit, the quota left, the
// price of a configuration, and the pickers. Server components and the GET routes under /api/purchase use these.

export interface Where {
  accountId: string;
  region: string;
  language: Locale;
}

// The catalogue changes rarely and is big (~100 types per zone and charge type): a minute of caching per scope.
const offerCache = createTtlCache<TypeOffer[]>({ ttlMs: 60_000 });

const n = (v: number | null | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

function toOffer(i: InstanceTypeQuotaItem): TypeOffer {
  const p = i.Price ?? {};
  return {
    InstanceType: i.InstanceType ?? "",
    InstanceFamily: i.InstanceFamily ?? "",
    TypeName: i.TypeName ?? "",
    Cpu: n(i.Cpu),
    Memory: n(i.Memory),
    Gpu: n(i.Gpu),
    GpuCount: n(i.GpuCount),
    CpuType: i.CpuType ?? "",
    Frequency: i.Frequency ?? "",
    InstanceBandwidth: n(i.InstanceBandwidth),
    InstancePps: n(i.InstancePps),
    NetworkCard: n(i.NetworkCard),
    Status: i.Status ?? "",
    StatusCategory: i.StatusCategory ?? "",
    SoldOutReason: i.SoldOutReason ?? "",
    Remark: i.Remark ?? "",
    UnitPrice: n(p.UnitPrice),
    UnitPriceDiscount: n(p.UnitPriceDiscount ?? p.UnitPrice),
    MonthPrice: n(p.OriginalPrice),
    MonthPriceDiscount: n(p.DiscountPrice ?? p.OriginalPrice),
    LocalDiskTypeList: (i.LocalDiskTypeList ?? []).map((d) => ({
      Type: d.Type ?? "",
      PartitionType: d.PartitionType ?? "",
      MinSize: n(d.MinSize),
      MaxSize: n(d.MaxSize),
      Required: d.Required ?? "",
    })),
  };
}

/**
 * DescribeZoneInstanceConfigInfos (seed 20572–20929) for one zone and charge type, sold-out types included (the
 * wizard shows them disabled with the reason). CDH instances use the pay-as-you-go catalogue for their shapes.
 */
export async function describeTypeOffers(w: Where, zone: string, chargeType: string): Promise<TypeOffer[]> {
  const listed = chargeType === "CDHPAID" ? "POSTPAID_BY_HOUR" : chargeType;
  return offerCache.get(`${w.accountId}|${w.region}|${zone}|${listed}|${w.language}`, async () => {
    const client = await getCvmClient(w.accountId);
    const res = await client.call(
      "DescribeZoneInstanceConfigInfos",
      { Filters: [{ Name: "zone", Values: [zone] }, { Name: "instance-charge-type", Values: [listed] }] },
      { region: w.region, language: w.language },
    );
    return (res.InstanceTypeQuotaSet ?? []).filter((i) => i.InstanceType).map(toOffer);
  });
}

/** A list the backend cannot serve (an action it lacks, or not allowed): the picker falls back to typing an id. */
function unavailable(err: unknown): { code: string; message: string } | null {
  if (!isCloudApiError(err)) return null;
  if (err.code.startsWith("UnsupportedOperation") || err.code.startsWith("UnauthorizedOperation") || err.code === "InvalidAction") {
    return { code: err.code, message: err.message };
  }
  return null;
}

/**
 * DescribeImages (seed 24890–25200) of one kind (image-type PUBLIC_IMAGE / PRIVATE_IMAGE / SHARED_IMAGE), only those
 * the instance type can boot when one is given (the InstanceType parameter). Marketplace images have no list here.
 */
export async function describePurchaseImages(w: Where, source: ImageSource, instanceType: string): Promise<ImagesAnswer> {
  if (source === "MARKET") return { ImageSet: [] };
  const client = await getCvmClient(w.accountId);
  const out: ImageOption[] = [];
  try {
    for (let offset = 0; offset < 500; offset += 100) {
      const res = await client.call(
        "DescribeImages",
        { Filters: [{ Name: "image-type", Values: [source] }], Limit: 100, Offset: offset, ...(instanceType ? { InstanceType: instanceType } : {}) },
        { region: w.region, language: w.language },
      );
      for (const i of res.ImageSet ?? []) {
        if (!i.ImageId) continue;
        out.push({
          ImageId: i.ImageId,
          ImageName: i.ImageName ?? i.ImageId,
          OsName: i.OsName ?? "",
          ImageType: i.ImageType ?? source,
          Platform: i.Platform ?? "",
          Architecture: i.Architecture ?? "",
          ImageSize: n(i.ImageSize),
          ImageState: i.ImageState ?? "NORMAL",
          ImageDeprecated: i.ImageDeprecated ?? false,
        });
      }
      if ((res.ImageSet ?? []).length < 100 || out.length >= n(res.TotalCount)) break;
    }
  } catch (err) {
    const gap = unavailable(err);
    if (gap) return { ImageSet: [], unavailable: gap };
    throw err;
  }
  return { ImageSet: out.filter((i) => i.ImageState === "NORMAL") };
}

/** DescribeAccountQuota (seed 16572–16884): the instance quotas of every zone of the region. */
export async function describeZoneQuotas(w: Where): Promise<QuotaByZone> {
  const client = await getCvmClient(w.accountId);
  const res = await client.call(
    "DescribeAccountQuota",
    { Filters: [{ Name: "quota-type", Values: ["PostPaidQuotaSet", "PrePaidQuotaSet", "SpotPaidQuotaSet"] }] },
    { region: w.region, language: w.language },
  );
  const q = res.AccountQuotaOverview?.AccountQuota;
  const out: QuotaByZone = {};
  const at = (zone: string | undefined): ZoneQuota | undefined => (zone ? (out[zone] ??= {}) : undefined);
  const cell = (c: { TotalQuota?: number; UsedQuota?: number; RemainingQuota?: number }) => ({
    total: n(c.TotalQuota),
    used: n(c.UsedQuota),
    remaining: n(c.RemainingQuota),
  });
  for (const c of q?.PostPaidQuotaSet ?? []) {
    const z = at(c.Zone);
    if (z) z.postPaid = cell(c);
  }
  for (const c of q?.PrePaidQuotaSet ?? []) {
    const z = at(c.Zone);
    if (z) z.prePaid = { ...cell(c), ...(typeof c.OnceQuota === "number" ? { once: c.OnceQuota } : {}) };
  }
  for (const c of q?.SpotPaidQuotaSet ?? []) {
    const z = at(c.Zone);
    if (z) z.spot = cell(c);
  }
  return out;
}

/** InquiryPriceRunInstances (seed 11964–13006) for a request already checked by parseInquiryRequest. */
export async function inquireRunPrice(w: Where, request: RunInstancesParams): Promise<PriceAnswer> {
  const client = await getCvmClient(w.accountId);
  const res = await client.call("InquiryPriceRunInstances", request as InquiryPriceRunInstancesRequest, { region: w.region, language: w.language });
  return { Price: { InstancePrice: res.Price?.InstancePrice ?? null, BandwidthPrice: res.Price?.BandwidthPrice ?? null }, RequestId: res.RequestId ?? "" };
}

/** Key pairs, placement groups and dedicated hosts for the pickers. */
export async function describePurchaseOptions(w: Where, kind: OptionKind): Promise<OptionsAnswer> {
  const client = await getCvmClient(w.accountId);
  const opts = { region: w.region, language: w.language };
  try {
    if (kind === "keyPairs") {
      const res = await client.call("DescribeKeyPairs", { Limit: 100 }, opts);
      return { items: (res.KeyPairSet ?? []).filter((k) => k.KeyId).map((k) => ({ id: k.KeyId!, name: k.KeyName ?? k.KeyId! })) };
    }
    if (kind === "placementGroups") {
      const res = await client.call("DescribeDisasterRecoverGroups", { Limit: 100 }, opts);
      return {
        items: (res.DisasterRecoverGroupSet ?? [])
          .filter((g) => g.DisasterRecoverGroupId)
          .map((g) => ({ id: g.DisasterRecoverGroupId!, name: g.Name ?? g.DisasterRecoverGroupId!, hint: `${g.Type ?? ""} · ${n(g.CurrentNum)}/${n(g.CvmQuotaTotal)}` })),
      };
    }
    const res = await client.call("DescribeHosts", { Limit: 100 }, opts);
    return {
      items: (res.HostSet ?? [])
        .filter((h) => h.HostId && (h.HostState ?? "RUNNING") === "RUNNING")
        .map((h) => ({
          id: h.HostId!,
          name: h.HostName || h.HostId!,
          zone: h.Placement?.Zone,
          hint: `${h.HostType ?? ""} · ${n(h.HostResource?.CpuAvailable)}C/${n(h.HostResource?.MemAvailable)}G`,
        })),
    };
  } catch (err) {
    const gap = unavailable(err);
    if (gap) return { items: [], unavailable: gap };
    throw err;
  }
}

/** "Buy same configuration": an instance's configuration (no secrets: passwords cannot be read back). Null if gone. */
export async function describeInstancePrefill(w: Where, instanceId: string): Promise<Partial<PurchaseConfig> | null> {
  const client = await getCvmClient(w.accountId);
  const res = await client.call("DescribeInstances", { InstanceIds: [instanceId] }, { region: w.region, language: w.language });
  const instance = res.InstanceSet?.[0];
  if (!instance) return null;
  let source: ImageSource | undefined;
  if (instance.ImageId) {
    // Which tab of the image picker: a private or shared image is not in the public list.
    source = await client
      .call("DescribeImages", { ImageIds: [instance.ImageId] }, { region: w.region, language: w.language })
      .then((r) => r.ImageSet?.[0]?.ImageType as ImageSource | undefined, () => undefined);
  }
  return prefillFromInstance(instance, source);
}

/** A launch template's default version as the wizard's starting point. Null if it does not exist. */
export async function describeTemplatePrefill(w: Where, templateId: string, version?: number): Promise<Partial<PurchaseConfig> | null> {
  const client = await getCvmClient(w.accountId);
  // A named version (the launch template page's "Launch" on a version), else the default one.
  const which = version ? { LaunchTemplateVersions: [version] } : { DefaultVersion: true };
  const res = await client.call("DescribeLaunchTemplateVersions", { LaunchTemplateId: templateId, ...which }, { region: w.region, language: w.language });
  const data = res.LaunchTemplateVersionSet?.[0]?.LaunchTemplateVersionData;
  return data ? prefillFromTemplate(data) : null;
}

export function clearPurchaseCaches(): void {
  offerCache.clear();
}
