// The out-of-band (BMC) and deploy networks of CHC servers (ConfigureChcAssistVpc seed 22444–22656,
// ConfigureChcDeployVpc seed 22657–22847): which subnet, which address for each server, which security groups.
// Subnets are the emulator's (state/instances/network.ts): the account's default subnet of the server's zone, or a
// caller's own subnet named by id.
import type { ChcDeployExtraConfig, VirtualPrivateCloud } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { ApiError } from "../../protocol/errors";
import { firstDocumented } from "../pricing-inputs/documented-codes";
import { isWellFormedId } from "../ids";
import { usedPrivateIps } from "../instances/launch-network";
import {
  allocatePrivateIps,
  defaultVpcId,
  isIpv4,
  namedSubnet,
  subnetContains,
  zoneOfDefaultSubnet,
  defaultSubnet,
  type Subnet,
} from "../instances/network";
import { chcMac } from "./demo";
import type { ChcDeployConfig, ChcNetwork, ChcRecord } from "./record";
import { scanChcs, type ChcCtx } from "./repo";

/** At most this many security groups per network (as an instance's interface: LimitExceeded.AssociateUSGLimitExceeded). */
export const MAX_CHC_SECURITY_GROUPS = 5;
/** seed 35884 (x86_legacy, arm_uefi) and the DescribeChcHosts example's x86_uefi (seed 23745). */
export const BOOT_TYPES = ["x86_legacy", "x86_uefi", "arm_uefi"];

/** The action's code for `preferred`, else InvalidParameterValue.IncorrectFormat ("传参格式不对"). */
const code = (ctx: ChcCtx, preferred: string) => firstDocumented(ctx.action, [preferred, "InvalidParameterValue.IncorrectFormat"]);

function resolveSubnet(ctx: ChcCtx, vpc: VirtualPrivateCloud, zone: string, param: string): Subnet {
  if (!isWellFormedId("vpc", vpc.VpcId)) throw new ApiError(code(ctx, "InvalidParameterValue.VpcIdMalformed"), { en: `${param}.VpcId \`${vpc.VpcId}\` is malformed.` });
  if (!isWellFormedId("subnet", vpc.SubnetId)) {
    throw new ApiError(code(ctx, "InvalidParameterValue.SubnetIdMalformed"), { en: `${param}.SubnetId \`${vpc.SubnetId}\` is malformed.` });
  }
  const defaultZone = zoneOfDefaultSubnet(ctx.scope, vpc.SubnetId);
  if (defaultZone === undefined) return namedSubnet(vpc.VpcId, vpc.SubnetId);
  // A subnet lives in one zone and one VPC; the server must be in that zone.
  if (vpc.VpcId !== defaultVpcId(ctx.scope) || defaultZone !== zone) {
    throw new ApiError("InvalidParameter", { en: `${param}: the subnet ${vpc.SubnetId} is in ${defaultZone} of ${defaultVpcId(ctx.scope)}; the server is in ${zone}.` });
  }
  return defaultSubnet(ctx.scope, zone);
}

/** Addresses taken in a subnet: by instances and by the networks of CHC servers. */
function usedIps(ctx: ChcCtx, subnetId: string): Set<string> {
  const used = usedPrivateIps(ctx, subnetId);
  for (const c of scanChcs(ctx)) for (const n of [c.bmc, c.deploy]) if (n?.SubnetId === subnetId) used.add(n.Ip);
  return used;
}

function checkSecurityGroups(ctx: ChcCtx, ids: readonly string[] | undefined, param: string): string[] {
  if (!ids) return [];
  if (ids.length > MAX_CHC_SECURITY_GROUPS) {
    throw new ApiError("InvalidParameterValue.LimitExceeded", { en: `${param} takes at most ${MAX_CHC_SECURITY_GROUPS} security groups.` });
  }
  const bad = ids.find((id) => !isWellFormedId("sg", id));
  if (bad !== undefined) throw new ApiError(code(ctx, "InvalidSecurityGroupId.NotFound"), { en: `${param}: the security group \`${bad}\` does not exist.` });
  return [...new Set(ids)];
}

/**
 * One network per server of `recs` on `vpc`: the subnet must suit every server's zone, and PrivateIpAddresses (if
 * given) name one free address inside it per server ("入参数目不相等" → AmountNotEqual, seed 22608; not an IPv4 →
 * IPAddressMalformed; outside the subnet → VpcAddrNotInSubNet; taken → VpcIpIsUsed); otherwise the lowest free
 * addresses are taken (none left → LimitExceeded.VpcSubnetNum, "子网IP不足").
 */
export function planNetworks(
  ctx: ChcCtx,
  recs: readonly ChcRecord[],
  vpc: VirtualPrivateCloud,
  securityGroupIds: readonly string[] | undefined,
  kind: "bmc" | "deploy",
  taken: Set<string> = new Set(),
): ChcNetwork[] {
  const param = kind === "bmc" ? "BmcVirtualPrivateCloud" : "DeployVirtualPrivateCloud";
  const sgs = checkSecurityGroups(ctx, securityGroupIds, kind === "bmc" ? "BmcSecurityGroupIds" : "DeploySecurityGroupIds");
  const ips = vpc.PrivateIpAddresses;
  if (ips?.length && ips.length !== recs.length) {
    throw new ApiError("InvalidParameterValue.AmountNotEqual", {
      en: `${param}.PrivateIpAddresses must give one address per server (${recs.length}); got ${ips.length}.`,
      zh: `${param}.PrivateIpAddresses 与 ChcIds 数目不相等。`,
    });
  }
  return recs.map((rec, i) => {
    const subnet = resolveSubnet(ctx, vpc, rec.Zone, param);
    const used = usedIps(ctx, subnet.subnetId);
    for (const ip of taken) used.add(ip);
    let ip = ips?.[i];
    if (ip !== undefined) {
      if (!isIpv4(ip)) throw new ApiError(code(ctx, "InvalidParameterValue.IPAddressMalformed"), { en: `\`${ip}\` is not an IPv4 address.` });
      if (!subnetContains(subnet, ip)) throw new ApiError("VpcAddrNotInSubNet", { en: `${ip} is not in the subnet ${subnet.subnetId}.`, zh: `私有网络ip ${ip} 不在子网内。` });
      if (used.has(ip)) throw new ApiError("VpcIpIsUsed", { en: `${ip} is already used in the subnet ${subnet.subnetId}.`, zh: `私有网络ip ${ip} 已经被使用。` });
    } else {
      ip = allocatePrivateIps(subnet, used, 1)[0];
      if (ip === undefined) {
        throw new ApiError(firstDocumented(ctx.action, ["LimitExceeded.VpcSubnetNum"], "ResourceInsufficient"), { en: `The subnet ${subnet.subnetId} has no free address left.`, zh: "子网IP不足。" });
      }
    }
    taken.add(ip);
    return { VpcId: subnet.vpcId, SubnetId: subnet.subnetId, Ip: ip, Mac: chcMac(rec.ChcId, kind), SecurityGroupIds: sgs };
  });
}

/** ChcDeployExtraConfig (seed 35870–35896): BootType x86_legacy | x86_uefi | arm_uefi; BootFile default pxelinux.0. */
export function parseDeployExtra(ctx: ChcCtx, extra: ChcDeployExtraConfig | undefined): ChcDeployConfig {
  const config = { MiniOsType: extra?.MiniOsType ?? "public", BootType: extra?.BootType ?? BOOT_TYPES[0], BootFile: extra?.BootFile || "pxelinux.0", NextServerAddress: extra?.NextServerAddress ?? "" };
  const incorrect = (why: string) => new ApiError("InvalidParameterValue.IncorrectFormat", { en: `ChcDeployExtraConfig: ${why}.` });
  if (config.MiniOsType.trim() === "") throw incorrect("MiniOsType must not be empty");
  if (!BOOT_TYPES.includes(config.BootType)) throw incorrect(`BootType must be one of ${BOOT_TYPES.join(", ")}`);
  if (config.NextServerAddress !== "" && !isIpv4(config.NextServerAddress)) {
    throw new ApiError(code(ctx, "InvalidParameterValue.IPAddressMalformed"), { en: `ChcDeployExtraConfig.NextServerAddress \`${config.NextServerAddress}\` is not an IPv4 address.` });
  }
  return config;
}
