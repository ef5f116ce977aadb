// RunInstances ChcIds (seed 8919: "指定CHC物理服务器来创建CHC云主机"): each server named hosts one new instance. A
// server takes an instance only when PREPARED ("可分配云主机", seed 35926) and becomes ONLINE ("已分配云主机", seed
// 35928) with that instance as its CvmInstanceId; once the instance is gone (released, or it never launched) the
// server is PREPARED again (repo.ts). The instance's shape is the server's: its ChcInstanceType, CPU and memory.
import { ApiError } from "../../protocol/errors";
import type { InstanceCtx } from "../instances/repo";
import { deniedActions } from "./denied";
import { chcInstanceTypeOf, findDeviceType } from "./devices";
import { CHC_KIND, type ChcRecord } from "./record";
import { requireChcs, saveChc } from "./repo";

export interface ChcLaunch {
  chcIds: string[];
  /** The servers' ChcInstanceType (or DeviceType when the type is not predefined, e.g. CHC_HS1). */
  instanceType: string;
  cpu: number;
  memory: number;
}

export interface ChcLaunchRequest {
  chcIds: string[];
  zone: string;
  chargeType: string;
  instanceCount?: number;
  instanceType?: string;
}

const combination = (en: string, zh: string) => new ApiError("InvalidParameterCombination", { en, zh });

/** The servers of a launch, checked; the instances are created by the caller and bound with assignChcServers. */
export function checkChcLaunch(ctx: InstanceCtx, r: ChcLaunchRequest): ChcLaunch {
  // ≤ 100 ids, no repeats, chc-xxxxxxxx, each one of the region's (InvalidParameterValue.ChcHostsNotFound, seed 9610).
  const servers = requireChcs({ ...ctx, action: ctx.action ?? "RunInstances" }, r.chcIds);
  // A hosted server is already paid for: the CVM on it is bought by the hour, never on a host or a cluster of hosts.
  if (r.chargeType !== "POSTPAID_BY_HOUR") {
    throw combination(`ChcIds cannot be combined with InstanceChargeType ${r.chargeType}.`, `指定 ChcIds 时不支持计费模式 ${r.chargeType}。`);
  }
  if (r.instanceCount !== undefined && r.instanceCount !== servers.length) {
    throw combination(`InstanceCount must equal the number of ChcIds (${servers.length}); got ${r.instanceCount}.`, `InstanceCount 必须与 ChcIds 数目（${servers.length}）一致。`);
  }
  for (const s of servers) checkServer(s, r.zone);
  const types = new Set(servers.map((s) => s.DeviceType));
  if (types.size > 1) throw combination(`The CHC servers of one launch must share a device type; got ${[...types].join(", ")}.`, "同一次创建的CHC物理服务器设备类型必须一致。");
  const d = findDeviceType(servers[0].DeviceType)!;
  const instanceType = chcInstanceTypeOf(d);
  if (r.instanceType !== undefined && r.instanceType !== instanceType) {
    throw combination(`The CHC servers take InstanceType ${instanceType}; got ${r.instanceType}.`, `CHC物理服务器的实例规格为 ${instanceType}。`);
  }
  return { chcIds: servers.map((s) => s.ChcId), instanceType, cpu: d.cpu, memory: d.memory };
}

function checkServer(s: Readonly<ChcRecord>, zone: string): void {
  // InvalidParameterValue.ZoneNotSupported, "请求不支持该可用区" (seed 9738): the server is racked in another zone.
  if (s.Zone !== zone) throw new ApiError("InvalidParameterValue.ZoneNotSupported", { en: `The CHC server ${s.ChcId} is in ${s.Zone}, not ${zone}.`, zh: `CHC物理服务器 ${s.ChcId} 位于 ${s.Zone}。` });
  // seed 9791: "不允许未配置部署网络的CHC安装云上镜像".
  if (!s.deploy) {
    throw new ApiError("OperationDenied.ChcInstallCloudImageWithoutDeployNetwork", {
      en: `The CHC server ${s.ChcId} has no deploy network; configure it (ConfigureChcDeployVpc) before installing a cloud image.`,
      zh: `CHC物理服务器 ${s.ChcId} 未配置部署网络，不允许安装云上镜像。`,
    });
  }
  // Only a PREPARED server takes an instance (DescribeChcDeniedActions lists RunInstances for every other state).
  if (deniedActions(s).includes("RunInstances")) {
    const why = s.InstanceState === "ONLINE" ? `already runs ${s.CvmInstanceId}` : `is ${s.InstanceState}, not PREPARED`;
    throw new ApiError("UnsupportedOperation", { en: `The CHC server ${s.ChcId} ${why}.`, zh: `CHC物理服务器 ${s.ChcId} 当前状态为 ${s.InstanceState}，不可分配云主机。` });
  }
}

/** Binds each server to its new instance (index-aligned): ONLINE with CvmInstanceId. Call inside the creating transaction. */
export function assignChcServers(ctx: InstanceCtx, chcIds: readonly string[], instanceIds: readonly string[]): void {
  chcIds.forEach((chcId, i) => {
    const rec = structuredClone(ctx.store.get<ChcRecord>(ctx.scope, CHC_KIND, chcId)!) as ChcRecord;
    rec.InstanceState = "ONLINE";
    rec.CvmInstanceId = instanceIds[i];
    rec.LatestOperation = "RunInstances";
    rec.LatestOperationName = "分配云主机";
    rec.LatestOperationState = "SUCCESS";
    rec.LatestOperationErrorCode = "";
    rec.LatestOperationErrorMsg = "";
    saveChc(ctx, rec);
  });
}
