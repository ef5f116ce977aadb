// VirtualPrivateCloud of RunInstances (seed 8707–8711; structure seed 39310–39362): which subnet, which
// private IPs. The addresses themselves are allocated in create.ts, inside the creating transaction.
import type { RunInstancesRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../../protocol/errors";
import {
  defaultSubnet,
  defaultVpcId,
  isIpv4,
  isWellFormedSubnetId,
  isWellFormedVpcId,
  namedSubnet,
  subnetContains,
  zoneOfDefaultSubnet,
  type Subnet,
} from "./network";
import { scanInstances, type InstanceCtx } from "./repo";

/** seed 8709: "InstanceCount参数必须与私有网络IP的个数一致且不能大于20". */
export const MAX_EXPLICIT_PRIVATE_IPS = 20;

export interface LaunchNetwork {
  subnet: Subnet;
  /** Explicit addresses, one per instance. */
  privateIps?: string[];
  asVpcGateway: boolean;
  ipv6Count: number;
}

export function parseLaunchNetwork(vpc: RunInstancesRequest["VirtualPrivateCloud"], ctx: InstanceCtx, zone: string, count: number): LaunchNetwork {
  const ipv6Count = (vpc as { Ipv6AddressCount?: number } | undefined)?.Ipv6AddressCount ?? 0;
  if (ipv6Count < 0 || ipv6Count > 1) throw new ApiError("LimitExceeded.IPv6AddressNum", { en: "At most 1 IPv6 address per primary network interface." });
  const base = { asVpcGateway: vpc?.AsVpcGateway ?? false, ipv6Count };
  const subnet = resolveSubnet(vpc, ctx, zone);
  const ips = vpc?.PrivateIpAddresses;
  if (!ips?.length) return { subnet, ...base };

  if (ips.length > MAX_EXPLICIT_PRIVATE_IPS || ips.length !== count) {
    throw new ApiError("InvalidParameterCombination", {
      en: `VirtualPrivateCloud.PrivateIpAddresses must give one address per instance (InstanceCount ${count}), at most ${MAX_EXPLICIT_PRIVATE_IPS}.`,
      zh: `私有网络IP的个数必须与InstanceCount一致且不能大于${MAX_EXPLICIT_PRIVATE_IPS}。`,
    });
  }
  if (new Set(ips).size !== ips.length) throw new ApiError("InvalidParameterValue.Duplicate", { en: "VirtualPrivateCloud.PrivateIpAddresses contains an address twice." });
  const used = usedPrivateIps(ctx, subnet.subnetId);
  for (const ip of ips) {
    if (!isIpv4(ip)) throw new ApiError("InvalidParameter.InvalidIpFormat", { en: `\`${ip}\` is not an IPv4 address.` });
    if (!subnetContains(subnet, ip)) throw new ApiError("VpcAddrNotInSubNet", { en: `${ip} is not in the subnet ${subnet.subnetId}.` });
    if (used.has(ip)) throw new ApiError("VpcIpIsUsed", { en: `${ip} is already used in the subnet ${subnet.subnetId}.` });
  }
  return { subnet, privateIps: ips, ...base };
}

/**
 * seed 39315–39330: VpcId and SubnetId both "DEFAULT" → the default VPC; absent → the zone's default subnet; a
 * default subnet of another zone → SubnetIdZoneIdNotMatch; any other well-formed pair is taken as the caller's.
 */
function resolveSubnet(vpc: RunInstancesRequest["VirtualPrivateCloud"], ctx: InstanceCtx, zone: string): Subnet {
  if (!vpc || (vpc.VpcId === "DEFAULT" && vpc.SubnetId === "DEFAULT")) return defaultSubnet(ctx.scope, zone);
  if (!isWellFormedVpcId(vpc.VpcId)) throw new ApiError("InvalidParameterValue.VpcIdMalformed", { en: `The VPC ID \`${vpc.VpcId}\` is malformed.` });
  if (!isWellFormedSubnetId(vpc.SubnetId)) throw new ApiError("InvalidParameterValue.SubnetIdMalformed", { en: `The subnet ID \`${vpc.SubnetId}\` is malformed.` });
  const defaultZone = zoneOfDefaultSubnet(ctx.scope, vpc.SubnetId);
  if (defaultZone !== undefined) {
    if (vpc.VpcId !== defaultVpcId(ctx.scope)) throw new ApiError("InvalidParameterValue.VpcIdSubnetIdNotMatch", { en: `The subnet ${vpc.SubnetId} is not in ${vpc.VpcId}.` });
    if (defaultZone !== zone) throw new ApiError("InvalidParameterValue.SubnetIdZoneIdNotMatch", { en: `The subnet ${vpc.SubnetId} is in ${defaultZone}, not ${zone}.` });
    return defaultSubnet(ctx.scope, zone);
  }
  return namedSubnet(vpc.VpcId, vpc.SubnetId);
}

/** The addresses instances of the scope hold in a subnet. */
export function usedPrivateIps(ctx: InstanceCtx, subnetId: string): Set<string> {
  const used = new Set<string>();
  for (const rec of scanInstances(ctx)) {
    if (rec.VirtualPrivateCloud.SubnetId === subnetId) for (const ip of rec.PrivateIpAddresses) used.add(ip);
  }
  return used;
}

export function usedPublicIps(ctx: InstanceCtx): Set<string> {
  const used = new Set<string>();
  for (const rec of scanInstances(ctx)) for (const ip of rec.PublicIpAddresses ?? []) used.add(ip);
  return used;
}
