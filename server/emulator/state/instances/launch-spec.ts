// RunInstances (seed 8550–9865): the request checked rule by rule and turned into a LaunchPlan that
// create.ts turns into instances. DryRun runs all of this and stops before creating (seed 8851–8862).
// The purchase rules shared with InquiryPriceRunInstances (type, spot, prepaid period, internet, image) come
// from state/pricing-inputs, so a configuration that can be quoted can be bought and vice versa.
import type { RunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { validateLaunchDisks } from "../../catalog/compute/disk-validation";
import { boughtDataDisks, defaultDataDiskType, defaultSystemDisk } from "../../catalog/compute/disks";
import { checkImageForInstanceType } from "../../catalog/compute/images";
import { findInstanceType, isWellFormedInstanceType, parseCdhInstanceType, type InstanceTypeDef } from "../../catalog/compute/instance-types";
import { getZone } from "../../catalog/regions";
import { ApiError, invalidParameterValue, missingParameter } from "../../protocol/errors";
import type { Platform } from "../changes/login-rules";
import { checkChcLaunch } from "../chc/launch";
import { hostDemandOf, reserveHostCapacity } from "../hosts/capacity";
import { isWellFormedId } from "../ids";
import { parsePrepaidPeriod, RENEW_FLAGS } from "../pricing-inputs/charge-prepaid";
import { parseLaunchInternet } from "../pricing-inputs/launch-internet";
import { checkMarketOptions } from "../pricing-inputs/launch-spot";
import { requireLaunchType } from "../pricing-inputs/launch-type";
import { platformOf, requireQuoteImage, type QuoteImage } from "../pricing-inputs/quote-image";
import { parseLaunchAccess, type LaunchAccess } from "./launch-access";
import type { InstanceCtx } from "./repo";

/** seed 8586–8600: the charge types RunInstances sells. */
export const RUN_CHARGE_TYPES = ["PREPAID", "POSTPAID_BY_HOUR", "CDHPAID", "SPOTPAID", "CDCPAID"] as const;
export type RunChargeType = (typeof RUN_CHARGE_TYPES)[number];

export interface PlannedDisk {
  DiskType: string;
  DiskSize: number;
  DeleteWithInstance: boolean;
  Encrypt: boolean;
  SnapshotId?: string;
  KmsKeyId?: string;
  ThroughputPerformance: number;
  BurstPerformance: boolean;
  DiskName?: string;
}

export interface LaunchPlan extends LaunchAccess {
  zone: string;
  projectId: number;
  hostId?: string;
  /** CDHPAID: the host each instance lands on, in order (state/hosts/capacity.ts). */
  hostIds?: string[];
  /** ChcIds: the CHC server each instance is created on, in order (state/chc/launch.ts). */
  chcIds?: string[];
  chargeType: RunChargeType;
  prepaid?: { period: number; renewFlag: string };
  spot?: { maxPrice?: string; spotInstanceType?: string };
  instanceType: string;
  /** Undefined for a CDH custom type (CDH_<n>C<m>G). */
  typeDef?: InstanceTypeDef;
  cpu: number;
  memory: number;
  image: QuoteImage;
  platform: Platform;
  systemDisk: { DiskType: string; DiskSize: number; DiskName?: string };
  dataDisks: PlannedDisk[];
  internet: { InternetChargeType: string; InternetMaxBandwidthOut: number; PublicIpAssigned: boolean; BandwidthPackageId?: string };
  dedicatedClusterId: string;
}

type Ctx = InstanceCtx & { region: string };

/** The plan for a RunInstances request, or the documented error for the first rule it breaks. */
export function parseLaunch(p: RunInstancesRequest, ctx: Ctx): LaunchPlan {
  // seed 8531/8523: a LaunchTemplate's values were merged in by RunInstances (state/launch-templates/resolve.ts)
  // before this; Placement and ImageId are required of the merged request.
  if (p.LaunchTemplate?.LaunchTemplateId !== undefined && !isWellFormedId("lt", p.LaunchTemplate.LaunchTemplateId)) {
    throw new ApiError("InvalidParameterValue.LaunchTemplateIdMalformed", { en: `The launch template ID \`${p.LaunchTemplate.LaunchTemplateId}\` is malformed.` });
  }
  // seed 8626: "如果您不指定LaunchTemplate参数，则Placement为必选参数"; seed 8674: same for ImageId.
  if (!p.Placement) throw missingParameter("Placement");
  if (p.ImageId === undefined) throw missingParameter("ImageId");
  const zone = requireZone(p.Placement.Zone, ctx.region);
  const projectId = p.Placement.ProjectId ?? 0;
  if (projectId < 0) throw new ApiError("InvalidProjectId.NotFound", { en: `The project ${projectId} does not exist.` });

  const chargeType = (p.InstanceChargeType ?? "POSTPAID_BY_HOUR") as RunChargeType; // seed 8598: default
  if (!RUN_CHARGE_TYPES.includes(chargeType)) {
    throw invalidParameterValue("InstanceChargeType", `"${chargeType}" is not one of ${RUN_CHARGE_TYPES.join(", ")}`);
  }
  const period = chargeType === "PREPAID" ? parsePrepaidPeriod(p.InstanceChargePrepaid, true) : undefined; // seed 8604–8607
  const dedicatedClusterId = checkDedicatedCluster(p.DedicatedClusterId, chargeType);
  const hostId = checkHosts(ctx, p.Placement.HostIds, chargeType);

  // CHC servers (seed 8919): one instance per PREPARED server, shaped like the server (state/chc/launch.ts).
  const chc = p.ChcIds?.length
    ? checkChcLaunch(ctx, { chcIds: p.ChcIds, zone, chargeType, instanceCount: p.InstanceCount, instanceType: p.InstanceType })
    : undefined;
  const { typeDef, instanceType, cpu, memory } = chc ? { typeDef: undefined, ...chc } : resolveType(zone, ctx.region, p.InstanceType, chargeType);
  if (typeDef) checkMarketOptions(p.InstanceMarketOptions, chargeType === "SPOTPAID" ? "SPOTPAID" : "POSTPAID_BY_HOUR", zone, typeDef);

  const image = requireQuoteImage(ctx, p.ImageId);
  const misfit = typeDef && checkImageForInstanceType("RunInstances", image, instanceType);
  if (misfit) throw new ApiError(misfit.code, misfit);
  const platform = platformOf(image);

  // seed 38310: DataDisk.DiskSize is required when buying a disk (the validator leaves it to the launch actions).
  p.DataDisks?.forEach((d, i) => {
    if (d.DiskSize === undefined) throw missingParameter(`DataDisks.${i}.DiskSize`);
  });
  const diskType = typeDef ? instanceType : "S5.SMALL1";
  const diskProblem = validateLaunchDisks({ zone, instanceType: diskType, systemDisk: p.SystemDisk, dataDisks: p.DataDisks, minSystemDiskSize: image.ImageSize });
  if (diskProblem) throw new ApiError(diskProblem.code, diskProblem);
  const sys = defaultSystemDisk(zone, diskType);
  const dataDisks = boughtDataDisks(p.DataDisks).map((d) => planDataDisk(d, defaultDataDiskType(zone, diskType)));

  const internetChargeType = chargeType === "PREPAID" ? "PREPAID" : chargeType === "SPOTPAID" ? "SPOTPAID" : "POSTPAID_BY_HOUR";
  const internet = parseLaunchInternet(p.InternetAccessible, internetChargeType);
  const mbps = internet.InternetMaxBandwidthOut ?? 0;

  const access = parseLaunchAccess(chc ? { ...p, InstanceCount: chc.chcIds.length } : p, ctx, { zone, platform, image, typeDef, cpu });
  // CDH hosts (cdh engineer): each instance takes a host among Placement.HostIds with room for its CPU, memory and
  // local disks ("随机的部署在这些专用宿主机上", seed 38369), or the launch is refused (state/hosts/capacity.ts).
  const hostIds =
    chargeType === "CDHPAID"
      ? reserveHostCapacity(ctx, p.Placement.HostIds ?? [], hostDemandOf({ zone, diskInstanceType: diskType, cpu, memory, systemDisk: p.SystemDisk, dataDisks, count: access.count }))
      : undefined;
  return {
    zone,
    projectId,
    ...(hostId ? { hostId } : {}),
    chargeType,
    ...(period !== undefined ? { prepaid: { period, renewFlag: p.InstanceChargePrepaid?.RenewFlag ?? RENEW_FLAGS[1] } } : {}),
    ...(chargeType === "SPOTPAID"
      ? { spot: { maxPrice: p.InstanceMarketOptions?.SpotOptions?.MaxPrice, spotInstanceType: p.InstanceMarketOptions?.SpotOptions?.SpotInstanceType ?? "one-time" } }
      : {}),
    instanceType,
    typeDef,
    cpu,
    memory,
    image,
    platform,
    systemDisk: { DiskType: p.SystemDisk?.DiskType ?? sys.DiskType, DiskSize: p.SystemDisk?.DiskSize ?? sys.DiskSize, DiskName: p.SystemDisk?.DiskName },
    dataDisks,
    internet: {
      InternetChargeType: internet.InternetChargeType!,
      InternetMaxBandwidthOut: mbps,
      // seed 37646–37656: with bandwidth > 0 a public IP is assigned unless declined; never with 0 Mbps.
      PublicIpAssigned: mbps > 0 && p.InternetAccessible?.PublicIpAssigned !== false,
      ...(p.InternetAccessible?.BandwidthPackageId ? { BandwidthPackageId: p.InternetAccessible.BandwidthPackageId } : {}),
    },
    dedicatedClusterId,
    ...access,
    ...(hostIds ? { hostIds } : {}),
    ...(chc ? { chcIds: chc.chcIds } : {}),
  };
}

function requireZone(zone: string, region: string): string {
  const z = getZone(zone);
  // InvalidZone.MismatchRegion: "指定的zone不存在" (error catalogue, seed 40137).
  if (!z || z.region !== region) {
    throw new ApiError("InvalidZone.MismatchRegion", { en: `The zone \`${zone}\` does not exist in the region ${region}.`, zh: `地域 ${region} 下不存在可用区 \`${zone}\`。` });
  }
  // A zone DescribeZones lists as UNAVAILABLE (售罄) sells nothing.
  if (z.state !== "AVAILABLE") {
    throw new ApiError("ResourceInsufficient.AvailabilityZoneSoldOut", { en: `The zone ${zone} is sold out.`, zh: `可用区 ${zone} 已售罄。` });
  }
  return zone;
}

function resolveType(zone: string, region: string, named: string | undefined, chargeType: RunChargeType) {
  // seed 8657–8660: CDHPAID takes "CDH_<cpu>C<mem>G" (a standard type is also accepted on a host).
  const cdh = named !== undefined && chargeType === "CDHPAID" ? parseCdhInstanceType(named) : undefined;
  if (cdh) return { typeDef: undefined, instanceType: named!, cpu: cdh.cpu, memory: cdh.memory };
  if (named !== undefined && isWellFormedInstanceType(named) && !findInstanceType(named) && parseCdhInstanceType(named)) {
    throw new ApiError("InvalidParameterValue.InstanceTypeNotFound", { en: `${named}: CDH_ types are only for InstanceChargeType CDHPAID.` });
  }
  const asQuoted = chargeType === "SPOTPAID" ? "SPOTPAID" : chargeType === "PREPAID" ? "PREPAID" : "POSTPAID_BY_HOUR";
  const t = requireLaunchType(zone, region, named, asQuoted);
  return { typeDef: t, instanceType: t.instanceType, cpu: t.cpu, memory: t.memory };
}

/** seed 9030 (CDHPAID example): instances on a dedicated host name it in Placement.HostIds. */
function checkHosts(ctx: Ctx, hostIds: string[] | undefined, chargeType: RunChargeType): string | undefined {
  if (chargeType !== "CDHPAID") {
    if ((hostIds?.length ?? 0) > 0) throw new ApiError("InvalidParameterCombination", { en: "Placement.HostIds can only be used with InstanceChargeType CDHPAID." });
    return undefined;
  }
  if (!hostIds?.length) throw missingParameter("Placement.HostIds");
  for (const id of hostIds) {
    if (!isWellFormedId("host", id)) throw new ApiError("InvalidHostId.Malformed", { en: `The CDH ID \`${id}\` is malformed.` });
    if (!ctx.store.has(ctx.scope, "host", id)) throw new ApiError("InvalidHostId.NotFound", { en: `The CDH \`${id}\` does not exist.`, zh: `CDH \`${id}\` 不存在。` });
  }
  return hostIds[0];
}

function checkDedicatedCluster(id: string | undefined, chargeType: RunChargeType): string {
  if (chargeType === "CDCPAID" && id === undefined) throw missingParameter("DedicatedClusterId");
  if (id === undefined) return "";
  if (chargeType !== "CDCPAID" && chargeType !== "POSTPAID_BY_HOUR" && chargeType !== "PREPAID") {
    throw new ApiError("InvalidParameterValue.DedicatedClusterNotSupportedChargeType", { en: `A dedicated cluster does not sell ${chargeType} instances.` });
  }
  // The emulator models no CDC clusters: a well-formed id is still not one of the caller's.
  throw new ApiError("InvalidParameter.CdcNotSupported", { en: `The dedicated cluster \`${id}\` is not available.` });
}

function planDataDisk(d: NonNullable<RunInstancesRequest["DataDisks"]>[number], defaultType: string): PlannedDisk {
  if (d.SnapshotId !== undefined) {
    if (!isWellFormedId("snap", d.SnapshotId)) throw new ApiError("InvalidParameterValue.SnapshotIdMalformed", { en: `The snapshot ID \`${d.SnapshotId}\` is malformed.` });
    // The emulator keeps no snapshots (seed 36223).
    throw new ApiError("InvalidParameter.SnapshotNotFound", { en: `The snapshot \`${d.SnapshotId}\` does not exist.` });
  }
  return {
    DiskType: d.DiskType ?? defaultType,
    DiskSize: d.DiskSize,
    DeleteWithInstance: d.DeleteWithInstance ?? true, // seed 36209: default true
    Encrypt: d.Encrypt ?? false, // seed 36228: default false
    ...(d.KmsKeyId ? { KmsKeyId: d.KmsKeyId } : {}),
    ThroughputPerformance: d.ThroughputPerformance ?? 0,
    BurstPerformance: d.BurstPerformance ?? false,
    ...(d.DiskName ? { DiskName: d.DiskName } : {}),
  };
}
