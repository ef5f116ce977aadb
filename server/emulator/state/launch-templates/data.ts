// A version's data: taking it from a request, deriving a new version from an old one, merging it under a
// RunInstances request, and showing it as LaunchTemplateVersionData (seed 37998–38122).
import type { LaunchTemplateVersionData, RunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { defaultInstanceType } from "../../catalog/compute/availability";
import { defaultDataDiskType, defaultSystemDisk } from "../../catalog/compute/disks";
import { findInstanceType } from "../../catalog/compute/instance-types";
import { TEMPLATE_DATA_KEYS, type TemplateData, type TemplateVersion } from "./record";

/** The template parameters a create request gave (absent ones stay absent). */
export function pickTemplateData(params: object): TemplateData {
  const given = params as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  for (const key of TEMPLATE_DATA_KEYS) if (given[key] !== undefined) data[key] = structuredClone(given[key]);
  return data as TemplateData;
}

/**
 * `over` on top of `base`, parameter by parameter: a parameter `over` gives replaces the base's whole value
 * (CreateLaunchTemplateVersion seed 32646: "新实例模板中未显式指定的参数值，使用指定版本号对应参数值覆盖"; RunInstances
 * seed 8620–8624 / 8688–8690: the request's Placement and ImageId "覆盖LaunchTemplate中对应的值").
 */
export function overlay<T extends object>(base: T, over: Partial<T>): T {
  const out = structuredClone(base);
  for (const [key, value] of Object.entries(over)) if (value !== undefined) (out as Record<string, unknown>)[key] = structuredClone(value);
  return out;
}

/**
 * The RunInstances request a template version and a request make together. Metadata follows the version's
 * TemplateDataModifyAction (seed 32302): Replace (default) takes the request's; Update merges by key, the
 * request's value winning.
 */
export function mergeUnderRequest(version: TemplateVersion, request: RunInstancesRequest): RunInstancesRequest {
  const merged = overlay<RunInstancesRequest>(version.data as RunInstancesRequest, request);
  if (version.TemplateDataModifyAction === "Update" && version.data.Metadata && request.Metadata) {
    const items = new Map(version.data.Metadata.Items.map((i) => [i.Key, i.Value]));
    for (const i of request.Metadata.Items) items.set(i.Key, i.Value);
    merged.Metadata = { Items: [...items].map(([Key, Value]) => ({ Key, Value })) };
  }
  return merged;
}

/** LaunchTemplateVersionData with every member; an unset structure is null, as the API answers it. */
export type VersionDataView = { [K in keyof Required<LaunchTemplateVersionData>]: LaunchTemplateVersionData[K] | null };

const enabled = (on: boolean) => ({ Enabled: on });

/**
 * What DescribeLaunchTemplateVersions shows of a version: what it was given, with the values a launch would take
 * for the rest (seed 33751 example: InstanceCount 1, Placement.ProjectId 0, a 50 GB system disk, the enhanced
 * services on, DataDisks with Encrypt / DeleteWithInstance / KmsKeyId). The login shows only key ids (seed 38055).
 */
export function toVersionData(v: TemplateVersion): VersionDataView {
  const d = v.data;
  const zone = d.Placement?.Zone ?? "";
  const diskType = d.InstanceType && findInstanceType(d.InstanceType) ? d.InstanceType : defaultInstanceType(zone);
  const sys = zone ? defaultSystemDisk(zone, diskType) : { DiskType: "CLOUD_PREMIUM", DiskSize: 50 };
  const mbps = d.InternetAccessible?.InternetMaxBandwidthOut ?? 0;
  return {
    Placement: d.Placement ? { ...d.Placement, ProjectId: d.Placement.ProjectId ?? 0 } : null,
    InstanceType: d.InstanceType ?? "",
    InstanceName: d.InstanceName ?? "",
    InstanceChargeType: d.InstanceChargeType ?? "POSTPAID_BY_HOUR",
    SystemDisk: { DiskType: d.SystemDisk?.DiskType ?? sys.DiskType, DiskSize: d.SystemDisk?.DiskSize ?? sys.DiskSize },
    DataDisks: (d.DataDisks ?? []).map((disk) => ({
      ...disk,
      DiskType: disk.DiskType ?? (zone ? defaultDataDiskType(zone, diskType) : "CLOUD_PREMIUM"),
      DeleteWithInstance: disk.DeleteWithInstance ?? true,
      Encrypt: disk.Encrypt ?? false,
      KmsKeyId: disk.KmsKeyId ?? "",
    })),
    InternetAccessible: {
      ...d.InternetAccessible,
      InternetChargeType: d.InternetAccessible?.InternetChargeType ?? "TRAFFIC_POSTPAID_BY_HOUR",
      InternetMaxBandwidthOut: mbps,
      PublicIpAssigned: d.InternetAccessible?.PublicIpAssigned ?? mbps > 0,
    },
    VirtualPrivateCloud: d.VirtualPrivateCloud
      ? { AsVpcGateway: false, Ipv6AddressCount: 0, ...d.VirtualPrivateCloud }
      : null,
    ImageId: d.ImageId ?? "",
    SecurityGroupIds: d.SecurityGroupIds ?? [],
    LoginSettings: { KeyIds: d.LoginSettings?.KeyIds ?? [] },
    CamRoleName: d.CamRoleName ?? "",
    HpcClusterId: d.HpcClusterId ?? "",
    InstanceCount: d.InstanceCount ?? 1,
    EnhancedService: {
      SecurityService: d.EnhancedService?.SecurityService ?? enabled(true),
      MonitorService: d.EnhancedService?.MonitorService ?? enabled(true),
      AutomationService: d.EnhancedService?.AutomationService ?? enabled(false),
    },
    UserData: d.UserData ?? "",
    DisasterRecoverGroupIds: d.DisasterRecoverGroupIds ?? [],
    ActionTimer: d.ActionTimer ?? null,
    InstanceMarketOptions: d.InstanceMarketOptions ?? null,
    HostName: d.HostName ?? "",
    ClientToken: v.ClientToken,
    InstanceChargePrepaid: d.InstanceChargePrepaid ?? null,
    TagSpecification: d.TagSpecification ?? [],
    DisableApiTermination: d.DisableApiTermination ?? false,
  };
}
