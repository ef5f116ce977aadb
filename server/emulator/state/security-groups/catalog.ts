// The security groups an account has in a region. Security groups belong to the VPC product (CVM has no action to
// create or list them), so the emulator gives every account the same small, deterministic set per region: the
// default group RunInstances binds when none is named (seed 8759–8763), and a few typical ones. Ids are stable per
// account + region (survive restarts without storage).
import type { Scope } from "../store";
import { defaultSecurityGroupId, stableId } from "../instances/network";

export interface SecurityGroup {
  SecurityGroupId: string;
  SecurityGroupName: string;
  SecurityGroupDesc: string;
  IsDefault: boolean;
}

const DEMO_GROUPS: readonly Omit<SecurityGroup, "SecurityGroupId" | "IsDefault">[] = [
  { SecurityGroupName: "default", SecurityGroupDesc: "System created security group" },
  { SecurityGroupName: "web-open-22-80-443", SecurityGroupDesc: "放通22、80、443端口和ICMP" },
  { SecurityGroupName: "linux-ssh-only", SecurityGroupDesc: "仅放通22端口" },
  { SecurityGroupName: "windows-rdp", SecurityGroupDesc: "放通3389端口" },
  { SecurityGroupName: "intranet-only", SecurityGroupDesc: "仅放通内网（10.0.0.0/8、172.16.0.0/12、192.168.0.0/16）" },
  { SecurityGroupName: "open-all", SecurityGroupDesc: "放通全部端口" },
];

/** The demo security groups of the scope, the default one first. */
export function securityGroupsOf(scope: Scope): SecurityGroup[] {
  return DEMO_GROUPS.map((g, i) => ({
    ...g,
    SecurityGroupId: i === 0 ? defaultSecurityGroupId(scope) : stableId("sg", `${scope.account}|${scope.region}|demo-sg|${g.SecurityGroupName}`),
    IsDefault: i === 0,
  }));
}

export function findSecurityGroup(scope: Scope, id: string): SecurityGroup | undefined {
  return securityGroupsOf(scope).find((g) => g.SecurityGroupId === id);
}
