import type { PurchaseConfig } from "./config";
import { encodeUserData } from "./user-data";

// The wizard's configuration as the CVM API's RunInstances / InquiryPriceRunInstances request (SDK field names,
// seed 8550–9865). One builder for the price, the purchase and the "copy API request" view, so what is quoted is
// what is bought.

type Tag = { Key: string; Value: string };

/** RunInstances parameters (the SDK's RunInstancesRequest shape, minus the fields the wizard never sets). */
export interface RunInstancesParams {
  InstanceChargeType: string;
  InstanceChargePrepaid?: { Period: number; RenewFlag: string };
  Placement: { Zone: string; ProjectId?: number; HostIds?: string[] };
  InstanceType: string;
  ImageId: string;
  SystemDisk: { DiskType?: string; DiskSize: number };
  DataDisks?: Array<{ DiskType: string; DiskSize: number; DeleteWithInstance: boolean }>;
  VirtualPrivateCloud?: { VpcId: string; SubnetId: string };
  InternetAccessible: { InternetChargeType: string; InternetMaxBandwidthOut: number; PublicIpAssigned?: boolean };
  InstanceCount: number;
  InstanceName?: string;
  HostName?: string;
  LoginSettings?: { Password?: string; KeyIds?: string[]; KeepImageLogin?: string };
  SecurityGroupIds?: string[];
  TagSpecification?: Array<{ ResourceType: string; Tags: Tag[] }>;
  UserData?: string;
  DisasterRecoverGroupIds?: string[];
  InstanceMarketOptions?: { MarketType: string; SpotOptions: { MaxPrice: string; SpotInstanceType: string } };
  DisableApiTermination?: boolean;
  ClientToken?: string;
  DryRun?: boolean;
}

/** What decides the price (InquiryPriceRunInstances seed 11964–13006): placement, billing, type, image, disks, bandwidth, count. */
export function toInquiryRequest(c: PurchaseConfig): RunInstancesParams {
  const prepaid = c.chargeType === "PREPAID";
  const spot = c.chargeType === "SPOTPAID";
  return {
    InstanceChargeType: c.chargeType,
    ...(prepaid ? { InstanceChargePrepaid: { Period: c.period, RenewFlag: c.renewFlag } } : {}),
    Placement: {
      Zone: c.zone,
      ...(c.projectId ? { ProjectId: c.projectId } : {}),
      ...(c.chargeType === "CDHPAID" && c.hostId ? { HostIds: [c.hostId] } : {}),
    },
    InstanceType: c.instanceType,
    ImageId: c.imageId,
    SystemDisk: { ...(c.systemDisk.type ? { DiskType: c.systemDisk.type } : {}), DiskSize: c.systemDisk.size },
    ...(c.dataDisks.length
      ? { DataDisks: c.dataDisks.map((d) => ({ DiskType: d.type, DiskSize: d.size, DeleteWithInstance: d.deleteWithInstance })) }
      : {}),
    InternetAccessible: {
      InternetChargeType: c.internetChargeType,
      InternetMaxBandwidthOut: c.bandwidth,
      // seed 37654: with 0 Mbps no public IP may be assigned.
      PublicIpAssigned: c.publicIp && c.bandwidth > 0,
    },
    InstanceCount: c.count,
    // seed 39087: SpotOptions.MaxPrice is required; without a bid the options are left out and the current price is
    // bid (seed 8845–8847).
    ...(spot && c.spotMaxPrice ? { InstanceMarketOptions: { MarketType: "spot", SpotOptions: { MaxPrice: c.spotMaxPrice, SpotInstanceType: "one-time" } } } : {}),
  };
}

/** The full RunInstances request (the password included: only ever built where it is sent). */
export function toRunInstancesRequest(c: PurchaseConfig): RunInstancesParams {
  const tags = c.tags.filter((t) => t.key.trim()).map((t) => ({ Key: t.key.trim(), Value: t.value }));
  const login =
    c.loginMode === "password"
      ? { Password: c.password }
      : c.loginMode === "keyPair"
        ? { KeyIds: c.keyIds }
        : c.loginMode === "keepImage"
          ? { KeepImageLogin: "true" }
          : undefined; // seed 8750: no login settings → a random password, sent by site message
  return {
    ...toInquiryRequest(c),
    ...(c.vpcId && c.subnetId ? { VirtualPrivateCloud: { VpcId: c.vpcId, SubnetId: c.subnetId } } : {}),
    ...(c.instanceName ? { InstanceName: c.instanceName } : {}),
    ...(c.hostName ? { HostName: c.hostName } : {}),
    ...(login ? { LoginSettings: login } : {}),
    ...(c.securityGroupIds.length ? { SecurityGroupIds: c.securityGroupIds } : {}),
    ...(tags.length ? { TagSpecification: [{ ResourceType: "instance", Tags: tags }] } : {}),
    ...(c.userData ? { UserData: encodeUserData(c.userData) } : {}),
    ...(c.placementGroupId ? { DisasterRecoverGroupIds: [c.placementGroupId] } : {}),
    ...(c.disableApiTermination ? { DisableApiTermination: true } : {}),
  };
}

/** Stands in for the password in everything shown or stored: the request to copy, fingerprints, logs. */
export const PASSWORD_PLACEHOLDER = "<your-password>";

export function redactRequest(r: RunInstancesParams): RunInstancesParams {
  if (r.LoginSettings?.Password === undefined) return r;
  return { ...r, LoginSettings: { ...r.LoginSettings, Password: PASSWORD_PLACEHOLDER } };
}

/** JSON with sorted keys: the same request always gives the same text (price cache keys, fingerprints). */
export function canonicalJson(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(canonical(value));
}

const shellQuote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;

/**
 * The request to copy: redacted JSON for an SDK, and the tccli command in its documented form (one --Param per
 * field, structures as quoted JSON: "tccli cvm RunInstances --Placement '{\"Zone\":…}' …").
 */
export function apiRequestText(c: PurchaseConfig): { json: string; tccli: string } {
  const request = redactRequest(toRunInstancesRequest(c));
  const json = JSON.stringify(request, null, 2);
  const params = Object.entries(request).map(([key, value]) => {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    return `  --${key} ${/^[A-Za-z0-9._:-]+$/.test(text) ? text : shellQuote(text)}`;
  });
  return { json, tccli: [`tccli cvm RunInstances --region ${c.region}`, ...params].join(" \\\n") };
}
