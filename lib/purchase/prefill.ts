import {
  CHARGE_TYPES,
  IMAGE_SOURCES,
  INTERNET_CHARGE_TYPES,
  MAX_COUNT,
  MIN_COUNT,
  PREPAID_PERIODS,
  RENEW_FLAGS,
  type ChargeType,
  type ImageSource,
  type InternetChargeType,
  type RenewFlag,
} from "./constants";
import type { PurchaseConfig } from "./config";
import { decodeUserData } from "./user-data";

// Where a wizard starts from: an instance ("buy same configuration"), a launch template, or a link (the pricing
// page's "buy this cell"). Each gives a partial configuration laid over the defaults; secrets never come along
// (an instance's password cannot be read back, and a template's is not copied into the form).

type Partial_ = Partial<PurchaseConfig>;

const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined =>
  typeof v === "string" && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/** The shape shared by an Instance (DescribeInstances) and a LaunchTemplateVersionData: RunInstances' own fields. */
interface RunShape {
  Placement?: { Zone?: string; ProjectId?: number; HostIds?: string[]; HostId?: string } | null;
  InstanceType?: string;
  InstanceChargeType?: string;
  InstanceChargePrepaid?: { Period?: number; RenewFlag?: string } | null;
  ImageId?: string;
  SystemDisk?: { DiskType?: string; DiskSize?: number } | null;
  DataDisks?: Array<{ DiskType?: string; DiskSize?: number; DeleteWithInstance?: boolean }> | null;
  VirtualPrivateCloud?: { VpcId?: string; SubnetId?: string } | null;
  InternetAccessible?: { InternetChargeType?: string; InternetMaxBandwidthOut?: number; PublicIpAssigned?: boolean } | null;
  SecurityGroupIds?: string[] | null;
  LoginSettings?: { KeyIds?: string[] | null; KeepImageLogin?: string } | null;
  InstanceName?: string;
  HostName?: string;
  DisasterRecoverGroupIds?: string[] | null;
  DisableApiTermination?: boolean;
}

function fromRunShape(s: RunShape): Partial_ {
  const out: Partial_ = {};
  if (s.Placement?.Zone) out.zone = s.Placement.Zone;
  if (typeof s.Placement?.ProjectId === "number" && s.Placement.ProjectId >= 0) out.projectId = s.Placement.ProjectId;
  const host = s.Placement?.HostIds?.[0] ?? s.Placement?.HostId;
  if (host) out.hostId = host;
  if (s.InstanceType) out.instanceType = s.InstanceType;
  const charge = oneOf<ChargeType>(CHARGE_TYPES, s.InstanceChargeType);
  if (charge) out.chargeType = charge;
  const period = s.InstanceChargePrepaid?.Period;
  if (period && (PREPAID_PERIODS as readonly number[]).includes(period)) out.period = period;
  const renew = oneOf<RenewFlag>(RENEW_FLAGS, s.InstanceChargePrepaid?.RenewFlag);
  if (renew) out.renewFlag = renew;
  if (s.ImageId) out.imageId = s.ImageId;
  if (s.SystemDisk?.DiskSize) out.systemDisk = { type: s.SystemDisk.DiskType ?? "", size: s.SystemDisk.DiskSize };
  if (s.DataDisks?.length) {
    out.dataDisks = s.DataDisks.filter((d) => (d.DiskSize ?? 0) > 0).map((d) => ({
      type: d.DiskType ?? "CLOUD_PREMIUM",
      size: d.DiskSize ?? 0,
      deleteWithInstance: d.DeleteWithInstance ?? true,
    }));
  }
  if (s.VirtualPrivateCloud?.VpcId && s.VirtualPrivateCloud.SubnetId) {
    out.vpcId = s.VirtualPrivateCloud.VpcId;
    out.subnetId = s.VirtualPrivateCloud.SubnetId;
  }
  const internet = s.InternetAccessible;
  if (internet) {
    const kind = oneOf<InternetChargeType>(INTERNET_CHARGE_TYPES, internet.InternetChargeType);
    if (kind) out.internetChargeType = kind;
    if (typeof internet.InternetMaxBandwidthOut === "number") {
      out.bandwidth = internet.InternetMaxBandwidthOut;
      out.publicIp = internet.PublicIpAssigned ?? internet.InternetMaxBandwidthOut > 0;
    }
  }
  if (s.SecurityGroupIds?.length) out.securityGroupIds = [...s.SecurityGroupIds];
  if (s.LoginSettings?.KeyIds?.length) {
    out.loginMode = "keyPair";
    out.keyIds = [...s.LoginSettings.KeyIds];
  } else if (s.LoginSettings?.KeepImageLogin === "true") {
    out.loginMode = "keepImage";
  }
  if (s.DisasterRecoverGroupIds?.[0]) out.placementGroupId = s.DisasterRecoverGroupIds[0];
  if (s.DisableApiTermination) out.disableApiTermination = true;
  return out;
}

/** An instance of DescribeInstances (SDK Instance) as the wizard's starting point: same everything, new names. */
export interface InstanceShape extends RunShape {
  OsName?: string;
  Tags?: Array<{ Key?: string; Value?: string }> | null;
  DisasterRecoverGroupId?: string;
  RenewFlag?: string;
}

export function prefillFromInstance(i: InstanceShape, imageSource?: ImageSource): Partial_ {
  const out = fromRunShape({ ...i, InstanceName: undefined, HostName: undefined });
  if (i.DisasterRecoverGroupId) out.placementGroupId = i.DisasterRecoverGroupId;
  const renew = oneOf<RenewFlag>(RENEW_FLAGS, i.RenewFlag);
  if (renew) out.renewFlag = renew;
  if (/windows/i.test(i.OsName ?? "")) out.platform = "WINDOWS";
  if (imageSource) out.imageSource = imageSource;
  const tags = (i.Tags ?? []).filter((t) => t.Key).map((t) => ({ key: t.Key!, value: t.Value ?? "" }));
  if (tags.length) out.tags = tags;
  // A copy of "web-03" is most often "web-03" plus one more: keep the name, the operator edits it.
  if (i.InstanceName) out.instanceName = i.InstanceName;
  return out;
}

/** LaunchTemplateVersionData (DescribeLaunchTemplateVersions) as the wizard's starting point. */
export interface TemplateShape extends RunShape {
  InstanceCount?: number;
  TagSpecification?: Array<{ ResourceType?: string; Tags?: Array<{ Key?: string; Value?: string }> }> | null;
  UserData?: string;
  InstanceMarketOptions?: { SpotOptions?: { MaxPrice?: string } | null } | null;
}

export function prefillFromTemplate(t: TemplateShape): Partial_ {
  const out = fromRunShape(t);
  if (t.InstanceName) out.instanceName = t.InstanceName;
  if (t.HostName) out.hostName = t.HostName;
  if (t.InstanceCount && t.InstanceCount >= MIN_COUNT && t.InstanceCount <= MAX_COUNT) out.count = t.InstanceCount;
  const tags = (t.TagSpecification ?? []).filter((s) => (s.ResourceType ?? "instance") === "instance").flatMap((s) => s.Tags ?? []);
  if (tags.length) out.tags = tags.filter((x) => x.Key).map((x) => ({ key: x.Key!, value: x.Value ?? "" }));
  if (t.UserData) out.userData = decodeUserData(t.UserData);
  if (t.InstanceMarketOptions?.SpotOptions?.MaxPrice) out.spotMaxPrice = t.InstanceMarketOptions.SpotOptions.MaxPrice;
  return out;
}

/** The link parameters the wizard understands (see purchaseHref). */
export type PurchaseLink = {
  region?: string;
  zone?: string;
  type?: string;
  charge?: string;
  period?: number;
  count?: number;
  image?: string;
  source?: string;
  /** "buy same configuration" from this instance. */
  from?: string;
  /** Start from this launch template (its default version). */
  template?: string;
  /** With `template`: start from this version of it instead of the default one. */
  version?: number;
  /** A dedicated host (CDH) to launch on: "launch on this host" from the Hosts page (with charge=CDHPAID). */
  host?: string;
  /** Disks and bandwidth, as the pricing page priced them ("buy this cell"). */
  systemDiskType?: string;
  systemDiskSize?: number;
  dataDiskType?: string;
  dataDiskSize?: number;
  bandwidth?: number;
  internetChargeType?: string;
};

/** `/instances/new?…`: the wizard prefilled, e.g. by the pricing page's "buy this cell" or an instance's row. */
export function purchaseHref(link: PurchaseLink): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(link)) if (v !== undefined && v !== "") search.set(k, String(v));
  const qs = search.toString();
  return qs ? `/instances/new?${qs}` : "/instances/new";
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Reads the link parameters of a page request (anything malformed is ignored, never trusted). */
export function readPurchaseLink(params: Record<string, string | string[] | undefined>): PurchaseLink {
  const text = (k: string, re: RegExp) => {
    const v = first(params[k]);
    return v && re.test(v) ? v : undefined;
  };
  const int = (k: string, min = 1) => {
    const raw = first(params[k]);
    const v = Number(raw);
    return raw !== undefined && raw !== "" && Number.isInteger(v) && v >= min ? v : undefined;
  };
  const link: PurchaseLink = {
    region: text("region", /^[a-z]{2,}(-[a-z0-9]+){1,3}$/),
    zone: text("zone", /^[a-z]{2,}(-[a-z0-9]+){2,4}$/),
    type: text("type", /^[A-Za-z0-9_.]{2,40}$/),
    charge: text("charge", /^[A-Z_]{4,24}$/),
    period: int("period"),
    count: int("count"),
    image: text("image", /^img-[a-z0-9]{8}$/),
    source: text("source", /^[A-Z_]{4,16}$/),
    from: text("from", /^ins-[a-z0-9]{8}$/),
    template: text("template", /^lt-[a-z0-9]{8}$/),
    version: int("version"),
    host: text("host", /^host-[a-z0-9]{8}$/),
    systemDiskType: text("systemDiskType", /^[A-Z_]{4,20}$/),
    systemDiskSize: int("systemDiskSize"),
    dataDiskType: text("dataDiskType", /^[A-Z_]{4,20}$/),
    dataDiskSize: int("dataDiskSize"),
    bandwidth: int("bandwidth", 0),
    internetChargeType: text("internetChargeType", /^[A-Z_]{4,32}$/),
  };
  return Object.fromEntries(Object.entries(link).filter(([, v]) => v !== undefined)) as PurchaseLink;
}

/** The configuration fields a link sets directly. */
export function prefillFromLink(link: PurchaseLink): Partial_ {
  const out: Partial_ = {};
  if (link.zone) out.zone = link.zone;
  if (link.type) out.instanceType = link.type;
  const charge = oneOf<ChargeType>(CHARGE_TYPES, link.charge);
  if (charge) out.chargeType = charge;
  if (link.period && (PREPAID_PERIODS as readonly number[]).includes(link.period)) out.period = link.period;
  if (link.count && link.count >= MIN_COUNT && link.count <= MAX_COUNT) out.count = link.count;
  if (link.image) out.imageId = link.image;
  if (link.host) out.hostId = link.host;
  const source = oneOf<ImageSource>(IMAGE_SOURCES, link.source);
  if (source) out.imageSource = source;
  if (link.systemDiskSize) out.systemDisk = { type: link.systemDiskType ?? "", size: link.systemDiskSize };
  if (link.dataDiskSize && link.dataDiskType) out.dataDisks = [{ type: link.dataDiskType, size: link.dataDiskSize, deleteWithInstance: true }];
  if (link.bandwidth !== undefined) {
    out.bandwidth = link.bandwidth;
    out.publicIp = link.bandwidth > 0;
  }
  const internet = oneOf<InternetChargeType>(INTERNET_CHARGE_TYPES, link.internetChargeType);
  if (internet) out.internetChargeType = internet;
  return out;
}
