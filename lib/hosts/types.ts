import type { ChcHost, HostItem, Instance } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";

// What the Hosts page shows: CDH hosts (HostItem, seed 36504–36594) with their capacity and the instances on them,
// and CHC physical servers (ChcHost, seed 35898–36102) with the actions their state denies. Wire names kept.

export const HOST_TABS = ["cdh", "chc"] as const;
export type HostTab = (typeof HOST_TABS)[number];

/** seed 22183: PENDING 创建中 | LAUNCH_FAILURE 创建失败 | RUNNING 运行中 | EXPIRED 已过期. */
export const HOST_STATES = ["PENDING", "LAUNCH_FAILURE", "RUNNING", "EXPIRED"] as const;

export interface HostInstance {
  InstanceId: string;
  InstanceName: string;
  InstanceState: string;
  InstanceType: string;
  CPU: number;
  /** GiB */
  Memory: number;
}

export interface HostResourceView {
  CpuTotal: number;
  CpuAvailable: number;
  MemTotal: number;
  MemAvailable: number;
  DiskTotal: number;
  DiskAvailable: number;
  DiskType: string;
  GpuTotal: number;
  GpuAvailable: number;
}

export interface HostView {
  HostId: string;
  HostName: string;
  HostType: string;
  HostState: string;
  Zone: string;
  ProjectId: number;
  HostChargeType: string;
  RenewFlag: string;
  CreatedTime: string;
  ExpiredTime: string;
  HostIp: string;
  HostResource: HostResourceView;
  InstanceIds: string[];
  /** The instances of InstanceIds as DescribeInstances knows them (an id it no longer lists is left out). */
  Instances: HostInstance[];
  Tags: Array<{ Key: string; Value: string }>;
}

export interface HostList {
  HostSet: HostView[];
  TotalCount: number;
  asOf: string;
}

export interface ChcNetworkView {
  VpcId: string;
  SubnetId: string;
  Ip: string;
  Mac: string;
  SecurityGroupIds: string[];
}

export interface ChcView {
  ChcId: string;
  InstanceName: string;
  SerialNumber: string;
  InstanceState: string;
  DeviceType: string;
  Zone: string;
  HardwareDescription: string;
  CPU: number;
  Memory: number;
  Disk: string;
  Gpu: string;
  NetworkCard: string;
  TenantType: string;
  CreatedTime: string;
  CvmInstanceId: string;
  /** Out-of-band (BMC) network; null when not configured. */
  Bmc: ChcNetworkView | null;
  /** Deploy network; null when not configured. */
  Deploy: ChcNetworkView | null;
  DeployExtraConfig: { MiniOsType: string; BootType: string; BootFile: string; NextServerAddress: string } | null;
  LatestOperation: string;
  LatestOperationName: string;
  LatestOperationState: string;
  LatestOperationErrorCode: string;
  LatestOperationErrorMsg: string;
  /** DescribeChcDeniedActions (seed 22848–23047): what this server's state does not allow now. */
  DenyActions: string[];
}

export interface ChcList {
  ChcHostSet: ChcView[];
  TotalCount: number;
  /** DescribeChcDeniedActions failed: every action stays offered and the API decides. */
  deniedUnavailable?: { code: string; message: string };
  asOf: string;
}

const str = (v: string | null | undefined) => v ?? "";
const num = (v: number | null | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

export function toHostView(h: HostItem, instances: ReadonlyMap<string, HostInstance>): HostView {
  const r = h.HostResource ?? {};
  const ids = h.InstanceIds ?? [];
  return {
    HostId: str(h.HostId),
    HostName: str(h.HostName),
    HostType: str(h.HostType),
    HostState: str(h.HostState),
    Zone: str(h.Placement?.Zone),
    ProjectId: num(h.Placement?.ProjectId),
    HostChargeType: str(h.HostChargeType),
    RenewFlag: str(h.RenewFlag),
    CreatedTime: str(h.CreatedTime),
    ExpiredTime: str(h.ExpiredTime),
    HostIp: str(h.HostIp),
    HostResource: {
      CpuTotal: num(r.CpuTotal),
      CpuAvailable: num(r.CpuAvailable),
      MemTotal: num(r.MemTotal),
      MemAvailable: num(r.MemAvailable),
      DiskTotal: num(r.DiskTotal),
      DiskAvailable: num(r.DiskAvailable),
      DiskType: str(r.DiskType),
      GpuTotal: num(r.GpuTotal),
      GpuAvailable: num(r.GpuAvailable),
    },
    InstanceIds: ids,
    Instances: ids.map((id) => instances.get(id)).filter((i): i is HostInstance => i !== undefined),
    Tags: (h.Tags ?? []).map((t) => ({ Key: str(t.Key), Value: str(t.Value) })),
  };
}

export function toHostInstance(i: Instance): HostInstance {
  return {
    InstanceId: str(i.InstanceId),
    InstanceName: str(i.InstanceName),
    InstanceState: str(i.InstanceState),
    InstanceType: str(i.InstanceType),
    CPU: num(i.CPU),
    Memory: num(i.Memory),
  };
}

function network(vpc: ChcHost["BmcVirtualPrivateCloud"], ip: string | undefined, mac: string | undefined, sgs: string[] | undefined): ChcNetworkView | null {
  if (!vpc?.VpcId || !vpc.SubnetId) return null;
  return { VpcId: vpc.VpcId, SubnetId: vpc.SubnetId, Ip: str(ip) || str(vpc.PrivateIpAddresses?.[0]), Mac: str(mac), SecurityGroupIds: sgs ?? [] };
}

export function toChcView(c: ChcHost, denied: readonly string[]): ChcView {
  const extra = c.DeployExtraConfig;
  return {
    ChcId: str(c.ChcId),
    InstanceName: str(c.InstanceName),
    SerialNumber: str(c.SerialNumber),
    InstanceState: str(c.InstanceState),
    DeviceType: str(c.DeviceType),
    Zone: str(c.Placement?.Zone),
    HardwareDescription: str(c.HardwareDescription),
    CPU: num(c.CPU),
    Memory: num(c.Memory),
    Disk: str(c.Disk),
    Gpu: str(c.Gpu),
    NetworkCard: str(c.NetworkCard),
    TenantType: str(c.TenantType),
    CreatedTime: str(c.CreatedTime),
    CvmInstanceId: str(c.CvmInstanceId),
    Bmc: network(c.BmcVirtualPrivateCloud, c.BmcIp, c.BmcMAC, c.BmcSecurityGroupIds),
    Deploy: network(c.DeployVirtualPrivateCloud, c.DeployIp, c.DeployMAC, c.DeploySecurityGroupIds),
    DeployExtraConfig:
      extra && (extra.MiniOsType || extra.BootType)
        ? { MiniOsType: str(extra.MiniOsType), BootType: str(extra.BootType), BootFile: str(extra.BootFile), NextServerAddress: str(extra.NextServerAddress) }
        : null,
    LatestOperation: str(c.LatestOperation),
    LatestOperationName: str(c.LatestOperationName),
    LatestOperationState: str(c.LatestOperationState),
    LatestOperationErrorCode: str(c.LatestOperationErrorCode),
    LatestOperationErrorMsg: str(c.LatestOperationErrorMsg),
    DenyActions: [...denied],
  };
}

/** What a renewal costs (InquiryPriceRenewHosts → HostPriceInfo.HostPrice, seed 36596–36606), CNY. */
export interface HostPriceQuote {
  /** The discounted total to be charged. */
  amount: number;
  /** Before the discount, when it differs. */
  original?: number;
  requestId: string;
}

/** CNY as the API prices are (元): two decimals, grouped. */
export function formatCny(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: "CNY", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
}
