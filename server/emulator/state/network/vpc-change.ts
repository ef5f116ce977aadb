// ModifyInstancesVpcAttribute (seed 31346–31643): moves instances to another subnet (or VPC) or changes their
// private IP. "此操作默认会关闭实例，完成后再启动" (seed 31352): a RUNNING instance shows STOPPING and comes back
// RUNNING; ForceStop false leaves running instances alone (UnsupportedOperation.InstanceStateRunning).
import type { VirtualPrivateCloud } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { ActionContext } from "../../actions/types";
import { findPublicImage } from "../../catalog/compute/images";
import { ApiError } from "../../protocol/errors";
import { platformOf, requireBatch } from "../changes/operations";
import {
  allocatePrivateIps,
  defaultSubnet,
  defaultVpcId,
  isIpv4,
  isWellFormedSubnetId,
  isWellFormedVpcId,
  namedSubnet,
  subnetContains,
  zoneOfDefaultSubnet,
  type Subnet,
} from "../instances/network";
import { defaultHostName } from "../instances/naming";
import type { InstanceFields, InstanceRecord } from "../instances/record";
import { scanInstances } from "../instances/repo";
import { assertNotStopCharging, assertReady, beginAccessChange, forceStopStates } from "./instance-ops";

export interface VpcChangeRequest {
  InstanceIds: string[];
  VirtualPrivateCloud: VirtualPrivateCloud;
  ForceStop?: boolean;
  ReserveHostName?: boolean;
}

/** The page names no batch limit; CVM's batch actions take 100 (InvalidParameterValue.LimitExceeded, seed 31567). */
const MAX_INSTANCES = 100;

const invalid = (en: string, zh: string) => new ApiError("InvalidParameterValue", { en, zh });

/** The target subnet; a default subnet also says its zone ("子网必须在实例所在的可用区", seed 31385). */
function resolveSubnet(ctx: ActionContext, vpc: VirtualPrivateCloud): { subnet: Subnet; zone?: string } {
  if (!isWellFormedVpcId(vpc.VpcId)) throw new ApiError("InvalidParameterValue.VpcIdMalformed", { en: `The VPC ID \`${vpc.VpcId}\` is malformed.` });
  if (!isWellFormedSubnetId(vpc.SubnetId)) throw new ApiError("InvalidParameterValue.SubnetIdMalformed", { en: `The subnet ID \`${vpc.SubnetId}\` is malformed.` });
  const zone = zoneOfDefaultSubnet(ctx.scope, vpc.SubnetId);
  if (zone === undefined) return { subnet: namedSubnet(vpc.VpcId, vpc.SubnetId) };
  if (vpc.VpcId !== defaultVpcId(ctx.scope)) throw invalid(`The subnet ${vpc.SubnetId} is not in ${vpc.VpcId}.`, `子网 ${vpc.SubnetId} 不属于私有网络 ${vpc.VpcId}。`);
  return { subnet: defaultSubnet(ctx.scope, zone), zone };
}

interface Move {
  rec: InstanceRecord;
  ip?: string;
}

export interface VpcChangePlan {
  subnet: Subnet;
  moves: Move[];
  reserveHostName: boolean;
}

/** Checks the whole batch; explicit IPs pair with InstanceIds by position (seed 31391: "一一对应"). */
export function planVpcChange(ctx: ActionContext, p: VpcChangeRequest): VpcChangePlan {
  const ips = p.VirtualPrivateCloud.PrivateIpAddresses;
  if (ips?.length && (ips.length !== p.InstanceIds.length || new Set(p.InstanceIds).size !== p.InstanceIds.length)) {
    throw invalid("VirtualPrivateCloud.PrivateIpAddresses must give one address per instance of InstanceIds, in the same order.", "PrivateIpAddresses 须与 InstanceIds 一一对应。");
  }
  const recs = requireBatch(ctx, p.InstanceIds, MAX_INSTANCES);
  const { subnet, zone } = resolveSubnet(ctx, p.VirtualPrivateCloud);
  for (const rec of recs) {
    // seed 31396: ForceStop "是否对运行中的实例选择强制关机。默认为true".
    assertReady(ctx, rec, forceStopStates(p.ForceStop ?? true));
    assertNotStopCharging(ctx, rec);
    if (zone !== undefined && rec.Placement.Zone !== zone) {
      throw invalid(`The subnet ${subnet.subnetId} is in ${zone}; the instance \`${rec.InstanceId}\` is in ${rec.Placement.Zone}.`, `子网必须在实例所在的可用区（${rec.Placement.Zone}）。`);
    }
    if (rec.VirtualPrivateCloud.VpcId !== subnet.vpcId && rec.IPv6Addresses?.length) {
      throw new ApiError("UnsupportedOperation.IPv6NotSupportVpcMigrate", { en: `The instance \`${rec.InstanceId}\` has IPv6 addresses and cannot move to another VPC.` });
    }
  }
  if (ips?.length) checkExplicitIps(ctx, subnet, recs, ips);
  return { subnet, moves: recs.map((rec, i) => ({ rec, ...(ips?.length ? { ip: ips[i] } : {}) })), reserveHostName: p.ReserveHostName ?? false };
}

/** The addresses held in the subnet by instances outside the batch (the batch's own are being given up). */
function usedOutside(ctx: ActionContext, subnet: Subnet, recs: readonly InstanceRecord[]): Set<string> {
  const batch = new Set(recs.map((r) => r.InstanceId));
  const used = new Set<string>();
  for (const r of scanInstances(ctx)) {
    if (!batch.has(r.InstanceId) && r.VirtualPrivateCloud.SubnetId === subnet.subnetId) for (const ip of r.PrivateIpAddresses) used.add(ip);
  }
  return used;
}

function checkExplicitIps(ctx: ActionContext, subnet: Subnet, recs: readonly InstanceRecord[], ips: readonly string[]): void {
  if (new Set(ips).size !== ips.length) throw invalid("VirtualPrivateCloud.PrivateIpAddresses contains an address twice.", "PrivateIpAddresses 中有重复的IP。");
  const used = usedOutside(ctx, subnet, recs);
  for (const ip of ips) {
    if (!isIpv4(ip)) throw new ApiError("InvalidParameterValue.InvalidIpFormat", { en: `\`${ip}\` is not an IPv4 address.` });
    if (!subnetContains(subnet, ip)) throw new ApiError("VpcAddrNotInSubNet", { en: `${ip} is not in the subnet ${subnet.subnetId}.` });
    if (used.has(ip)) throw new ApiError("VpcIpIsUsed", { en: `${ip} is already used in the subnet ${subnet.subnetId}.` });
  }
}

/**
 * Starts the change: an instance without an explicit IP keeps its address when it stays in its subnet and gets a
 * free one of the new subnet otherwise (seed 31393: "不指定PrivateIpAddresses时随机分配"); the host name follows the
 * new address unless ReserveHostName (seed 31401: default false).
 */
export function applyVpcChange(ctx: ActionContext, plan: VpcChangePlan): void {
  const { subnet } = plan;
  const taken = usedOutside(ctx, subnet, plan.moves.map((m) => m.rec));
  for (const m of plan.moves) if (m.ip) taken.add(m.ip);
  const needing = plan.moves.filter((m) => !m.ip && m.rec.VirtualPrivateCloud.SubnetId !== subnet.subnetId);
  const fresh = allocatePrivateIps(subnet, taken, needing.length);
  if (fresh.length < needing.length) throw new ApiError("ResourceInsufficient", { en: `The subnet ${subnet.subnetId} has too few free addresses.` });
  ctx.store.transaction(() => {
    for (const m of plan.moves) {
      const rec = m.rec;
      const ip = m.ip ?? (needing.includes(m) ? fresh[needing.indexOf(m)] : rec.PrivateIpAddresses[0]);
      const patch: Partial<InstanceFields> = {
        VirtualPrivateCloud: { ...rec.VirtualPrivateCloud, VpcId: subnet.vpcId, SubnetId: subnet.subnetId, PrivateIpAddresses: [ip] },
        PrivateIpAddresses: [ip],
        ...(plan.reserveHostName ? {} : { HostName: defaultHostName(ip, findPublicImage(rec.ImageId)?.Platform ?? rec.OsName, platformOf(rec) === "WINDOWS") }),
      };
      beginAccessChange(ctx, rec, { stopFirst: true, patch });
    }
  });
}
