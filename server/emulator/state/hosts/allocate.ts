// AllocateHosts (seed 21334–21578): a checked purchase of HostCount prepaid CDH hosts, created PENDING and landing
// RUNNING on the clock.
import type { AllocateHostsRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { DEFAULT_HOST_TYPE, findHostType, hostTypesForZone, type HostTypeDef } from "../../catalog/compute/hosts";
import { stableHash } from "../../catalog/compute/zone-name";
import { getZone } from "../../catalog/regions";
import { ApiError, invalidParameterValue, missingParameter } from "../../protocol/errors";
import { newUniqueId } from "../ids";
import { DEFAULT_INSTANCE_NAME } from "../instances/naming";
import type { Tag } from "../instances/tags";
import { addMonths, isoSeconds } from "../instances/time";
import { schedule } from "./pending";
import { HOST_KIND, type HostRecord } from "./record";
import { parseHostPrepaid } from "./renew";
import { saveHost, scanHosts, type HostCtx } from "./repo";
import { resourceTagsOf } from "./tags";

/**
 * Hosts one account may hold in a region. Not in the seed; Tencent grants CDH quota per account on request. Going
 * over it is the common LimitExceeded.
 */
export const HOST_QUOTA_PER_REGION = 20;
/** How long a host takes to be delivered (PENDING → RUNNING) in realistic mode; /_emulator/speed overridesMs.AllocateHosts. */
export const ALLOCATE_HOST_MS = 60_000;

export interface AllocationPlan {
  zone: string;
  projectId: number;
  type: HostTypeDef;
  count: number;
  period: number;
  renewFlag: string;
  tags: Tag[];
}

export function parseAllocation(p: AllocateHostsRequest, ctx: HostCtx & { action: string; region: string }): AllocationPlan {
  const zone = getZone(p.Placement.Zone);
  // "InvalidZone.MismatchRegion 指定的zone不存在" (seed 21571). A zone sold out for CVM instances still sells hosts:
  // the seed's own purchase example (seed 21446) buys in ap-guangzhou-2.
  if (!zone || zone.region !== ctx.region) {
    throw new ApiError("InvalidZone.MismatchRegion", { en: `The zone \`${p.Placement.Zone}\` does not exist in ${ctx.region}.`, zh: `地域 ${ctx.region} 下不存在可用区 \`${p.Placement.Zone}\`。` });
  }
  const projectId = p.Placement.ProjectId ?? 0;
  if (projectId < 0) throw new ApiError("InvalidProjectId.NotFound", { en: `The project ${projectId} does not exist.` });
  // seed 21378: "目前仅支持：PREPAID … 默认为：'PREPAID'".
  const chargeType = p.HostChargeType ?? "PREPAID";
  if (chargeType !== "PREPAID") throw invalidParameterValue("HostChargeType", `only PREPAID is supported, got "${chargeType}"`);
  // seed 21340: "当HostChargeType为PREPAID时，必须指定HostChargePrepaid参数".
  if (!p.HostChargePrepaid) throw missingParameter("HostChargePrepaid");
  const { period, renewFlag } = parseHostPrepaid(p.HostChargePrepaid);
  const type = requireHostType(p.HostType ?? DEFAULT_HOST_TYPE, zone.zone); // seed 21384: default HS1
  const count = p.HostCount ?? 1; // seed 21389: default 1
  if (count < 1) throw new ApiError("InvalidParameterValue.Range", { en: `HostCount must be at least 1; got ${count}.`, zh: `HostCount 不能小于1，当前为${count}。` });
  const held = scanHosts(ctx).length;
  if (held + count > HOST_QUOTA_PER_REGION) {
    throw new ApiError("LimitExceeded", { en: `CDH quota exceeded in ${ctx.region}: ${HOST_QUOTA_PER_REGION - held} more hosts can be allocated, ${count} requested.`, zh: `CDH配额不足：剩余 ${HOST_QUOTA_PER_REGION - held} 台。` });
  }
  return { zone: zone.zone, projectId, type, count, period, renewFlag, tags: resourceTagsOf(ctx.action, p.TagSpecification, "host") };
}

function requireHostType(hostType: string, zone: string): HostTypeDef {
  const type = findHostType(hostType);
  if (!type) throw invalidParameterValue("HostType", `"${hostType}" is not a CDH type`);
  // "ResourceInsufficient.ZoneSoldOutForSpecifiedInstance 指定的实例类型在选择的可用区已售罄" (seed 21573).
  if (!hostTypesForZone(zone).some((t) => t.hostType === hostType)) {
    throw new ApiError("ResourceInsufficient.ZoneSoldOutForSpecifiedInstance", { en: `The CDH type ${hostType} is sold out in ${zone}.`, zh: `CDH机型 ${hostType} 在 ${zone} 已售罄。` });
  }
  return type;
}

/** The host's management address: a stable 10.x.y.z for its id (seed 36576 example 10.0.0.6). */
function hostIp(hostId: string): string {
  const h = stableHash(`${hostId}|ip`);
  return `10.${(h >>> 16) % 256}.${(h >>> 8) % 256}.${2 + (h % 250)}`;
}

/** Creates the plan's hosts (PENDING, RUNNING on the clock) in one transaction; returns their ids. */
export function allocateHosts(ctx: HostCtx, plan: AllocationPlan): string[] {
  const now = ctx.clock.now();
  const taken = (id: string) => ctx.store.has(ctx.scope, HOST_KIND, id);
  return ctx.store.transaction(() =>
    Array.from({ length: plan.count }, () => {
      const HostId = newUniqueId("host", taken);
      const rec: HostRecord = {
        HostId,
        HostType: plan.type.hostType,
        HostName: DEFAULT_INSTANCE_NAME,
        Placement: { Zone: plan.zone, ProjectId: plan.projectId },
        HostChargeType: "PREPAID",
        RenewFlag: plan.renewFlag,
        CreatedTime: isoSeconds(now),
        ExpiredTime: isoSeconds(addMonths(now, plan.period)),
        HostState: "PENDING",
        HostIp: hostIp(HostId),
        CageId: "",
        Tags: plan.tags,
        internal: { createdAtMs: now, pending: schedule(ctx.store, now, "AllocateHosts", "RUNNING", HostId, ALLOCATE_HOST_MS) },
      };
      saveHost(ctx, rec);
      return HostId;
    }),
  );
}
