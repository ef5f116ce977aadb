import type { Instance } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";

// What of a DescribeInstances Instance reaches the browser. Wire names stay as Tencent spells them, so a view
// is still assignable to the SDK's `Instance` (every SDK field is optional) and other parts can take either.
// Never included: LoginSettings.Password (the API may echo it, seed 10138) and Metadata (user-defined data).

export type InstanceView = Omit<Instance, "LoginSettings" | "Metadata" | "InstanceId"> & {
  InstanceId: string;
  /** The region the instance was listed from (the API's Instance has none: it is the request's). */
  Region: string;
  LoginSettings?: { KeyIds?: string[] };
};

/** Fields the list and its columns use: a tenth of a full Instance, so 100 rows hydrate quickly. */
const ROW_FIELDS = [
  "InstanceId",
  "Region",
  "InstanceName",
  "InstanceState",
  "InstanceType",
  "CPU",
  "Memory",
  "OsName",
  "ImageId",
  "PrivateIpAddresses",
  "PublicIpAddresses",
  "IPv6Addresses",
  "InstanceChargeType",
  "SecurityGroupIds",
  "Tags",
  "CreatedTime",
  "ExpiredTime",
  "RenewFlag",
  "LatestOperation",
  "LatestOperationState",
  "LatestOperationErrorMsg",
  "RestrictState",
  "DisableApiTermination",
  "StopChargingMode",
] as const satisfies ReadonlyArray<keyof InstanceView>;

export type InstanceRow = Pick<InstanceView, (typeof ROW_FIELDS)[number]> & {
  Placement?: { Zone: string; ProjectId?: number; HostId?: string };
  VirtualPrivateCloud?: { VpcId: string; SubnetId: string };
  InternetAccessible?: { InternetChargeType?: string; InternetMaxBandwidthOut?: number };
  SystemDisk?: { DiskType?: string; DiskSize?: number };
  DataDisks?: Array<{ DiskSize: number; DiskType?: string }>;
  LoginSettings?: { KeyIds?: string[] };
};

/** The full instance for the detail page, minus secrets. */
export function toInstanceView(instance: Instance, region: string): InstanceView {
  const { LoginSettings, Metadata: _metadata, ...rest } = instance;
  void _metadata;
  return {
    ...rest,
    InstanceId: instance.InstanceId ?? "",
    Region: region,
    ...(LoginSettings ? { LoginSettings: { KeyIds: LoginSettings.KeyIds ?? [] } } : {}),
  };
}

/** The list's slice of an instance. */
export function toInstanceRow(instance: Instance, region: string): InstanceRow {
  const view = toInstanceView(instance, region);
  const row: Record<string, unknown> = {};
  for (const key of ROW_FIELDS) if (view[key] !== undefined && view[key] !== null) row[key] = view[key];
  const { Placement: p, VirtualPrivateCloud: vpc, InternetAccessible: net, SystemDisk: sys, DataDisks: data } = instance;
  if (p) row.Placement = { Zone: p.Zone, ProjectId: p.ProjectId, ...(p.HostId ? { HostId: p.HostId } : {}) };
  if (vpc) row.VirtualPrivateCloud = { VpcId: vpc.VpcId, SubnetId: vpc.SubnetId };
  if (net) row.InternetAccessible = { InternetChargeType: net.InternetChargeType, InternetMaxBandwidthOut: net.InternetMaxBandwidthOut };
  if (sys) row.SystemDisk = { DiskType: sys.DiskType, DiskSize: sys.DiskSize };
  if (data) row.DataDisks = data.map((d) => ({ DiskSize: d.DiskSize, DiskType: d.DiskType }));
  if (view.LoginSettings) row.LoginSettings = view.LoginSettings;
  return row as InstanceRow;
}
