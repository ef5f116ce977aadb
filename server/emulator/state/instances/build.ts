// One Instance (seed 36938–37238) with every field filled, from a launch plan and the ids/addresses allocated
// for it. Used by RunInstances and by the fleet seeder, so seeded instances look exactly like bought ones.
import type { InstanceTypeDef } from "../../catalog/compute/instance-types";
import type { InstanceRecord } from "./record";
import { defaultHostName } from "./naming";
import { addMonths, isoSeconds } from "./time";
import type { LaunchPlan } from "./launch-spec";

export interface Allocated {
  instanceId: string;
  uuid: string;
  name: string;
  hostName?: string;
  privateIp: string;
  publicIp?: string;
  ipv6?: string;
  systemDiskId: string;
  dataDiskIds: string[];
  password?: string;
}

function defaultLogin(plan: Pick<LaunchPlan, "platform" | "image">): { user: string; port: number } {
  if (plan.platform === "WINDOWS") return { user: "Administrator", port: 3389 };
  return { user: plan.image.Platform === "Ubuntu" ? "ubuntu" : "root", port: 22 };
}

function gpuInfo(t: InstanceTypeDef | undefined): InstanceRecord["GPUInfo"] {
  if (!t || t.gpuCount === 0) return null;
  return { GPUCount: t.gpuCount, GPUId: [], GPUType: t.family.family };
}

/** The record of a new instance, created at `nowMs`, in the state RunInstances leaves it before PENDING begins. */
export function buildInstance(plan: LaunchPlan, a: Allocated, nowMs: number): InstanceRecord {
  const prepaid = plan.chargeType === "PREPAID" && plan.prepaid;
  const login = defaultLogin(plan);
  return {
    Placement: { Zone: plan.zone, ProjectId: plan.projectId, HostIds: [], HostId: plan.hostId ?? "" },
    InstanceId: a.instanceId,
    InstanceType: plan.instanceType,
    CPU: plan.cpu,
    Memory: plan.memory,
    RestrictState: "NORMAL",
    InstanceName: a.name,
    InstanceChargeType: plan.chargeType,
    SystemDisk: { DiskType: plan.systemDisk.DiskType, DiskId: a.systemDiskId, DiskSize: plan.systemDisk.DiskSize, CdcId: "", DiskName: plan.systemDisk.DiskName ?? "" },
    DataDisks: plan.dataDisks.map((d, i) => ({
      DiskSize: d.DiskSize,
      DiskType: d.DiskType,
      DiskId: a.dataDiskIds[i],
      DeleteWithInstance: d.DeleteWithInstance,
      Encrypt: d.Encrypt,
      KmsKeyId: d.KmsKeyId ?? (null as unknown as string),
      ThroughputPerformance: d.ThroughputPerformance,
      CdcId: "",
      BurstPerformance: d.BurstPerformance,
      DiskName: d.DiskName ?? "",
    })),
    PrivateIpAddresses: [a.privateIp],
    PublicIpAddresses: a.publicIp ? [a.publicIp] : null,
    InternetAccessible: {
      InternetChargeType: plan.internet.InternetChargeType,
      InternetMaxBandwidthOut: plan.internet.InternetMaxBandwidthOut,
      PublicIpAssigned: plan.internet.PublicIpAssigned,
      ...(plan.internet.BandwidthPackageId ? { BandwidthPackageId: plan.internet.BandwidthPackageId } : {}),
    },
    VirtualPrivateCloud: {
      VpcId: plan.network.subnet.vpcId,
      SubnetId: plan.network.subnet.subnetId,
      AsVpcGateway: plan.network.asVpcGateway,
      PrivateIpAddresses: [a.privateIp],
      Ipv6AddressCount: plan.network.ipv6Count,
    } as InstanceRecord["VirtualPrivateCloud"],
    ImageId: plan.image.ImageId,
    // seed 37026 / 37049: RenewFlag and ExpiredTime are null for post-paid instances.
    RenewFlag: prepaid ? prepaid.renewFlag : null,
    CreatedTime: isoSeconds(nowMs),
    ExpiredTime: prepaid ? isoSeconds(addMonths(nowMs, prepaid.period)) : null,
    OsName: plan.image.OsName,
    SecurityGroupIds: plan.securityGroupIds,
    // seed 37070: "目前只返回实例所关联的密钥" (null without keys, as the seed's example 2 shows).
    LoginSettings: { KeyIds: plan.login.keyIds.length ? plan.login.keyIds : (null as unknown as string[]) },
    InstanceState: "PENDING",
    Tags: plan.tags,
    StopChargingMode: "NOT_APPLICABLE",
    Uuid: a.uuid,
    LatestOperation: "RunInstances",
    LatestOperationState: "OPERATING",
    LatestOperationRequestId: null,
    DisasterRecoverGroupId: plan.disasterRecoverGroupId,
    IPv6Addresses: a.ipv6 ? [a.ipv6] : null,
    CamRoleName: plan.camRoleName,
    HpcClusterId: plan.hpcClusterId,
    RdmaIpAddresses: [],
    DedicatedClusterId: plan.dedicatedClusterId,
    IsolatedSource: "NOTISOLATED",
    GPUInfo: gpuInfo(plan.typeDef),
    LicenseType: "TencentCloud",
    DisableApiTermination: plan.disableApiTermination,
    DefaultLoginUser: login.user,
    DefaultLoginPort: login.port,
    LatestOperationErrorMsg: "",
    HostName: a.hostName ?? defaultHostName(a.privateIp, plan.image.Platform, plan.platform === "WINDOWS"),
    DisasterRecoverGroupIds: plan.disasterRecoverGroupId ? [plan.disasterRecoverGroupId] : [],
    EnableJumboFrame: plan.enableJumboFrame,
    Metadata: plan.metadata,
    PublicIPv6Addresses: null,
    CpuTopology: plan.cpuTopology,
    PartitionNumber: 0,
    internal: {
      createdAtMs: nowMs,
      ...(a.password !== undefined ? { password: a.password } : {}),
      ...(prepaid ? { prepaid: { period: prepaid.period, renewFlag: prepaid.renewFlag } } : {}),
      ...(plan.spot ? { spot: plan.spot } : {}),
      ...(plan.userData !== undefined ? { userData: plan.userData } : {}),
      ...(plan.launchTemplate ? { launchTemplate: plan.launchTemplate } : {}),
    },
  };
}
