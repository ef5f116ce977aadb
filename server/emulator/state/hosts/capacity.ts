// What a CDH host holds: the instances launched on it (CDHPAID, Placement.HostId) and the CPU, memory and local
// disk they take from its HostResource (seed 36606–36668). Computed from the instance records on every read, so an
// instance that is created, resized or released (TerminateInstances) is reflected without any bookkeeping.
import type { HostResource } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { boughtDataDisks, defaultDataDiskType, defaultSystemDisk } from "../../catalog/compute/disks";
import { findHostType } from "../../catalog/compute/hosts";
import { ApiError } from "../../protocol/errors";
import type { InstanceRecord } from "../instances/record";
import { scanInstances } from "../instances/repo";
import type { HostRecord } from "./record";
import { requireHosts, type HostCtx } from "./repo";

export interface HostUsage {
  instanceIds: string[];
  cpu: number;
  /** GiB */
  memory: number;
  /** GiB of local disks (LOCAL_BASIC / LOCAL_SSD / LOCAL_NVME); cloud disks live in CBS, not on the host. */
  localDisk: number;
}

const EMPTY: HostUsage = { instanceIds: [], cpu: 0, memory: 0, localDisk: 0 };
const isLocal = (diskType: string | undefined) => diskType?.startsWith("LOCAL_") ?? false;

function localDiskOf(rec: Readonly<InstanceRecord>): number {
  const system = isLocal(rec.SystemDisk.DiskType) ? (rec.SystemDisk.DiskSize ?? 0) : 0;
  return system + rec.DataDisks.filter((d) => isLocal(d.DiskType)).reduce((sum, d) => sum + (d.DiskSize ?? 0), 0);
}

/** Usage of every host of the scope that holds an instance (a LAUNCH_FAILED instance holds nothing). */
export function usageByHost(ctx: HostCtx): Map<string, HostUsage> {
  const out = new Map<string, HostUsage>();
  for (const rec of scanInstances(ctx)) {
    const hostId = rec.Placement.HostId;
    if (!hostId || rec.InstanceState === "LAUNCH_FAILED") continue;
    const u = out.get(hostId) ?? { instanceIds: [], cpu: 0, memory: 0, localDisk: 0 };
    u.instanceIds.push(rec.InstanceId);
    u.cpu += rec.CPU;
    u.memory += rec.Memory;
    u.localDisk += localDiskOf(rec);
    out.set(hostId, u);
  }
  return out;
}

/** HostResource of a host with `usage`: the type's totals (catalog/compute/hosts.ts) minus what instances hold. */
export function hostResource(rec: Readonly<HostRecord>, usage: HostUsage = EMPTY, ownerUin = ""): Required<HostResource> {
  const t = findHostType(rec.HostType)!;
  return {
    CpuTotal: t.cpu,
    CpuAvailable: t.cpu - usage.cpu,
    MemTotal: t.memory,
    MemAvailable: t.memory - usage.memory,
    DiskTotal: t.disk,
    DiskAvailable: t.disk - usage.localDisk,
    DiskType: t.disk > 0 ? t.diskType : "",
    GpuTotal: t.gpu,
    GpuAvailable: t.gpu,
    ExclusiveOwner: ownerUin,
  };
}

/** GiB of local disk a launch's disks take from a host (system disk and data disks of LOCAL_* types). */
export function launchLocalDiskGb(disks: readonly { DiskType?: string; DiskSize?: number }[]): number {
  return disks.filter((d) => isLocal(d.DiskType)).reduce((sum, d) => sum + (d.DiskSize ?? 0), 0);
}

/** What one instance to be launched takes from a host. */
export interface HostDemand {
  cpu: number;
  memory: number;
  localDiskGb?: number;
  /** How many such instances. */
  count: number;
}

/** A launch as the hosts see it: the type that picks the default disks (S5.SMALL1 for a CDH_ custom type), and the disks asked for. */
export interface LaunchOnHosts {
  zone: string;
  diskInstanceType: string;
  cpu: number;
  memory: number;
  systemDisk?: { DiskType?: string; DiskSize?: number };
  dataDisks?: readonly { DiskType?: string; DiskSize?: number }[];
  count: number;
}

/** What each instance of a launch takes from a host, with the zone's default disk types filled in as RunInstances fills them. */
export function hostDemandOf(l: LaunchOnHosts): HostDemand {
  const sys = defaultSystemDisk(l.zone, l.diskInstanceType);
  const dataType = defaultDataDiskType(l.zone, l.diskInstanceType);
  const disks = [
    { DiskType: l.systemDisk?.DiskType ?? sys.DiskType, DiskSize: l.systemDisk?.DiskSize ?? sys.DiskSize },
    ...boughtDataDisks(l.dataDisks).map((d) => ({ DiskType: d.DiskType ?? dataType, DiskSize: d.DiskSize })),
  ];
  return { cpu: l.cpu, memory: l.memory, localDiskGb: launchLocalDiskGb(disks), count: l.count };
}

/**
 * InquiryPriceRunInstances (CDHPAID): the same refusals as reserveHostCapacity ("本接口仅允许针对购买限制范围内的实例配置
 * 进行询价", seed 11968), and nothing is held: a quote reserves no capacity.
 */
export function checkHostCapacity(ctx: HostCtx, hostIds: readonly string[], demand: HostDemand): void {
  reserveHostCapacity(ctx, hostIds, demand);
}

/**
 * RunInstances (CDHPAID) hook: places `demand.count` instances on the hosts `hostIds` names ("购买的实例就会随机的部署
 * 在这些专用宿主机上", seed 38369–38380), filling them in the order given, and returns the host of each instance.
 * Refuses a host that is not RUNNING (InvalidParameter.HostIdStatusNotSupport, seed 9566) and a demand the hosts
 * cannot hold (InvalidParameter.InstanceTypeSupportedHostNotFound, "不存在支持指定子机规格的CDH母机", seed 9570).
 * Call it inside the creating transaction; nothing is stored here: capacity follows the instance records.
 */
export function reserveHostCapacity(ctx: HostCtx, hostIds: readonly string[], demand: HostDemand): string[] {
  const hosts = requireHosts(ctx, hostIds);
  const notRunning = hosts.find((h) => h.HostState !== "RUNNING");
  if (notRunning) {
    throw new ApiError("InvalidParameter.HostIdStatusNotSupport", { en: `The CDH ${notRunning.HostId} is ${notRunning.HostState}; instances can only be launched on a RUNNING host.` });
  }
  const usage = usageByHost(ctx);
  const free = hosts.map((h) => {
    const r = hostResource(h, usage.get(h.HostId));
    return { id: h.HostId, cpu: r.CpuAvailable, memory: r.MemAvailable, disk: r.DiskAvailable };
  });
  const disk = demand.localDiskGb ?? 0;
  return Array.from({ length: demand.count }, () => {
    const host = free.find((f) => f.cpu >= demand.cpu && f.memory >= demand.memory && f.disk >= disk);
    if (!host) {
      throw new ApiError("InvalidParameter.InstanceTypeSupportedHostNotFound", {
        en: `None of the CDHs ${hostIds.join(", ")} has ${demand.cpu} vCPUs, ${demand.memory} GiB${disk ? ` and ${disk} GiB of local disk` : ""} free for another instance.`,
        zh: `指定的CDH母机剩余资源不足以创建 ${demand.cpu} 核 ${demand.memory} GiB 的子机。`,
      });
    }
    host.cpu -= demand.cpu;
    host.memory -= demand.memory;
    host.disk -= disk;
    return host.id;
  });
}
