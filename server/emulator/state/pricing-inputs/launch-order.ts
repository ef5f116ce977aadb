// InquiryPriceRunInstances (seed 11964–13006): a RunInstances-shaped request checked the way a purchase is
// ("本接口仅允许针对购买限制范围内的实例配置进行询价", seed 11968) and turned into the price model's order.
import type { InquiryPriceRunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { validateLaunchDisks } from "../../catalog/compute/disk-validation";
import { checkImageForInstanceType } from "../../catalog/compute/images";
import { findInstanceType, parseCdhInstanceType } from "../../catalog/compute/instance-types";
import { getZone } from "../../catalog/regions";
import type { PriceInstanceInput } from "../../pricing";
import { ApiError, invalidParameterValue, missingParameter } from "../../protocol/errors";
import { isWellFormedId } from "../ids";
import type { Clock } from "../clock";
import type { InstanceCtx } from "../instances/repo";
import { assertLaunchQuota } from "../quota";
import type { Scope, Store } from "../store";
import { zonesInScope } from "./catalog-scope";
import { parsePrepaidPeriod } from "./charge-prepaid";
import { withDocumentedCodes } from "./documented-codes";
import { checkLaunchExtras } from "./launch-extras";
import { parseLaunchInternet } from "./launch-internet";
import { checkMarketOptions } from "./launch-spot";
import { requireLaunchType, type LaunchChargeType } from "./launch-type";
import { platformOf, requireQuoteImage } from "./quote-image";

/** Where dedicated hosts are stored (one document per HostId), as RunInstances reads them. */
export const HOST_KIND = "host";

export interface LaunchCtx {
  store: Store;
  scope: Scope;
  region: string;
  /** With the clock, ImageId resolves as RunInstances does: shared images too, custom ones only once NORMAL (state/images). */
  clock?: Clock;
}

/**
 * seed 12024–12036 list PREPAID, POSTPAID_BY_HOUR and SPOTPAID; the same page also quotes instances on a dedicated
 * host (CDHPAID with a "CDH_XCXG" type, seed 12075–12079; InvalidHostId.*, seed 12843–12848).
 */
export const QUOTE_CHARGE_TYPES = ["PREPAID", "POSTPAID_BY_HOUR", "SPOTPAID", "CDHPAID"] as const;
type QuoteChargeType = (typeof QUOTE_CHARGE_TYPES)[number];

/** The order a purchase quote prices, or the documented error for the first rule it breaks. */
export function parseLaunchOrder(p: InquiryPriceRunInstancesRequest, ctx: LaunchCtx): PriceInstanceInput {
  const zone = requireSellingZone(p.Placement.Zone!, ctx.region);
  if ((p.Placement.ProjectId ?? 0) < 0) throw new ApiError("InvalidProjectId.NotFound", { en: `The project ${p.Placement.ProjectId} does not exist.` });

  const chargeType = (p.InstanceChargeType ?? "POSTPAID_BY_HOUR") as QuoteChargeType; // seed 12034: default
  if (!QUOTE_CHARGE_TYPES.includes(chargeType)) {
    throw invalidParameterValue("InstanceChargeType", `"${chargeType}" is not one of ${QUOTE_CHARGE_TYPES.join(", ")}`);
  }
  const period = chargeType === "PREPAID" ? parsePrepaidPeriod(p.InstanceChargePrepaid, true) : undefined;
  checkHostIds(ctx, p.Placement.HostIds, chargeType);
  // A CDH instance is billed like a postpaid one for everything but the host ("宿主机部分的资源不收费", seed 8594–8595).
  const billedAs: LaunchChargeType = chargeType === "CDHPAID" ? "POSTPAID_BY_HOUR" : chargeType;

  const cdhType = chargeType === "CDHPAID" && p.InstanceType !== undefined && parseCdhInstanceType(p.InstanceType) ? p.InstanceType : undefined;
  const t = cdhType ? undefined : requireLaunchType(zone, ctx.region, p.InstanceType, billedAs);
  if (t) checkMarketOptions(p.InstanceMarketOptions, billedAs, zone, t);
  else if (p.InstanceMarketOptions) throw new ApiError("InvalidParameterCombination", { en: "InstanceMarketOptions can only be used with SPOTPAID." });
  const instanceType = t?.instanceType ?? cdhType!;

  const image = requireQuoteImage(ctx, p.ImageId);
  const misfit = t && checkImageForInstanceType("InquiryPriceRunInstances", image, instanceType);
  if (misfit) throw new ApiError(misfit.code, misfit);

  // Custom CDH types take the disks of the current standard line (as catalog/compute/disks.ts does).
  const diskType = t ? instanceType : "S5.SMALL1";
  const disks = validateLaunchDisks({ zone, instanceType: diskType, systemDisk: p.SystemDisk, dataDisks: p.DataDisks, minSystemDiskSize: image.ImageSize });
  if (disks) throw new ApiError(disks.code, disks);
  checkSnapshots(p.DataDisks);

  const internet = parseLaunchInternet(p.InternetAccessible, billedAs);
  const count = checkLaunchExtras(p, platformOf(image));
  return { zone, instanceType, systemDisk: p.SystemDisk, dataDisks: p.DataDisks, internet, chargeType, period, count };
}

const QUOTA_CODES = {
  "LimitExceeded.InstanceQuota": "InstancesQuotaLimitExceeded",
  "LimitExceeded.PrepayQuota": "InstancesQuotaLimitExceeded",
  "LimitExceeded.SpotQuota": "InstancesQuotaLimitExceeded",
};

/**
 * The order must fit the zone's remaining quota, counted as RunInstances counts it (state/quota.ts); this page
 * answers InstancesQuotaLimitExceeded ("超过了该账户允许购买的剩余配额数", seed 12837).
 */
export function checkOrderQuota(ctx: InstanceCtx, order: PriceInstanceInput): void {
  const cpu = findInstanceType(order.instanceType)?.cpu ?? parseCdhInstanceType(order.instanceType)?.cpu ?? 0;
  const req = { zone: order.zone, chargeType: order.chargeType, count: order.count ?? 1, cpu };
  withDocumentedCodes("InquiryPriceRunInstances", () => assertLaunchQuota(ctx, req), QUOTA_CODES);
}

/**
 * The zone must be one of the region's (InvalidZone.MismatchRegion, "指定的zone不存在", seed 12958) and on sale: a zone
 * DescribeZones shows UNAVAILABLE (售罄) sells nothing, as RunInstances refuses it (InvalidParameterValue.ZoneNotSupported,
 * "请求不支持该可用区", seed 12942).
 */
function requireSellingZone(zone: string, region: string): string {
  zonesInScope(region, [zone]);
  if (getZone(zone)?.state !== "AVAILABLE") {
    throw new ApiError("InvalidParameterValue.ZoneNotSupported", { en: `The zone ${zone} is sold out.`, zh: `可用区 ${zone} 已售罄，不支持该请求。` });
  }
  return zone;
}

/** Hosts go with CDHPAID only, which needs at least one (as RunInstances, seed 9030); each must exist. */
function checkHostIds(ctx: LaunchCtx, hostIds: string[] | undefined, chargeType: QuoteChargeType): void {
  if (chargeType !== "CDHPAID") {
    if ((hostIds?.length ?? 0) > 0) throw new ApiError("InvalidParameterCombination", { en: "Placement.HostIds can only be used with InstanceChargeType CDHPAID." });
    return;
  }
  if (!hostIds?.length) throw missingParameter("Placement.HostIds");
  for (const id of hostIds) {
    // seed 12843: "例如ID长度错误host-1122".
    if (!isWellFormedId("host", id)) throw new ApiError("InvalidHostId.Malformed", { en: `The CDH ID \`${id}\` is malformed.` });
    if (!ctx.store.has(ctx.scope, HOST_KIND, id)) {
      throw new ApiError("InvalidHostId.NotFound", { en: `The CDH \`${id}\` does not exist or is not yours.`, zh: `指定的HostId \`${id}\` 不存在。` });
    }
  }
}

/** The emulator keeps no snapshots: a well-formed SnapshotId is never found (seed 12874, 12933). */
function checkSnapshots(dataDisks: InquiryPriceRunInstancesRequest["DataDisks"]): void {
  for (const d of dataDisks ?? []) {
    if (d.SnapshotId === undefined) continue;
    if (!isWellFormedId("snap", d.SnapshotId)) {
      throw new ApiError("InvalidParameterValue.SnapshotIdMalformed", { en: `The snapshot ID \`${d.SnapshotId}\` is malformed.` });
    }
    throw new ApiError("InvalidParameter.SnapshotNotFound", { en: `The snapshot \`${d.SnapshotId}\` does not exist.` });
  }
}
