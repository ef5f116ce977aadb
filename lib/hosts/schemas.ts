import { z } from "zod";
import { isRegionId } from "@/lib/region";

// Inputs of the CDH and CHC writes, shared by the dialogs (instant feedback) and the server actions (the real check).
// Field names are the API's; error messages are i18n keys.

const where = {
  accountId: z.string().trim().min(1).max(100),
  region: z.string().refine(isRegionId, { error: "validation.region" }),
};

const id = (prefix: string, error: string) => z.string().trim().regex(new RegExp(`^${prefix}-[a-z0-9]{8}$`), { error });
const HostId = id("host", "hosts.validation.hostId");
const ChcId = id("chc", "hosts.validation.chcId");
const VpcId = id("vpc", "hosts.validation.vpcId");
const SubnetId = id("subnet", "hosts.validation.subnetId");
const SecurityGroupId = id("sg", "hosts.validation.securityGroupId");
const Ipv4 = z
  .string()
  .trim()
  .regex(/^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/, { error: "hosts.validation.ip" });

const list = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .min(1, { error: "hosts.validation.noneChosen" })
    .max(max, { error: "hosts.validation.tooMany" })
    .refine((ids) => new Set(ids).size === ids.length, { error: "hosts.validation.duplicate" });

/** seed 21565 / 22090 InvalidPeriod: "目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月". */
export const HOST_PERIODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36] as const;
const Period = z.number().int().refine((n) => (HOST_PERIODS as readonly number[]).includes(n), { error: "hosts.validation.period" });
/** seed 21700–21706: RenewFlag values. */
export const HOST_RENEW_FLAGS = ["NOTIFY_AND_AUTO_RENEW", "NOTIFY_AND_MANUAL_RENEW", "DISABLE_NOTIFY_AND_MANUAL_RENEW"] as const;
const RenewFlag = z.enum(HOST_RENEW_FLAGS);
const ProjectId = z.number().int().min(0, { error: "hosts.validation.projectId" });
/**
 * CDH types: HS1 is the default (seed 21384); HS50 and HM50 appear in the DescribeHosts / HostItem examples
 * (seed 22306, 36525). The API is the judge: another type can be typed in.
 */
export const KNOWN_HOST_TYPES = ["HS1", "HS50", "HM50", "HI50"] as const;
/** Hosts one request allocates: HostCount has no documented ceiling; one order of ten keeps a mistake cheap. */
export const MAX_ALLOCATE = 10;

/** AllocateHosts (seed 21334–21578): prepaid only (seed 21378), with its term and renewal setting. */
export const AllocateHostsInput = z.object({
  ...where,
  Zone: z.string().trim().regex(/^[a-z]{2,}(-[a-z0-9]+){2,4}$/, { error: "hosts.validation.zone" }),
  ProjectId: ProjectId.default(0),
  HostType: z.string().trim().regex(/^[A-Z][A-Z0-9]{1,15}$/, { error: "hosts.validation.hostType" }),
  HostCount: z.number().int().min(1, { error: "hosts.validation.count" }).max(MAX_ALLOCATE, { error: "hosts.validation.count" }),
  Period,
  RenewFlag: RenewFlag.default("NOTIFY_AND_AUTO_RENEW"),
  /** One per user intent (seed 21363): a retried submission allocates nothing twice. */
  ClientToken: z.uuid(),
});
export type AllocateHostsInput = z.input<typeof AllocateHostsInput>;

/**
 * ModifyHostsAttribute (seed 21579–21758): exactly one change per call — seed 21585: "参数HostName和RenewFlag必须设置
 * 其中一个，但不能同时设置" (ProjectId too, the same call).
 */
export const ModifyHostsInput = z
  .object({
    ...where,
    HostIds: list(HostId, 100),
    HostName: z.string().trim().min(1, { error: "validation.required" }).max(60, { error: "hosts.validation.nameLength" }).optional(),
    RenewFlag: RenewFlag.optional(),
    ProjectId: ProjectId.optional(),
  })
  .refine((p) => [p.HostName, p.RenewFlag, p.ProjectId].filter((v) => v !== undefined).length === 1, { error: "hosts.validation.oneChange", path: ["form"] });
export type ModifyHostsInput = z.input<typeof ModifyHostsInput>;

/** RenewHosts (seed 21759–21923) and its price (InquiryPriceRenewHosts, seed 21924–22108): ≤ 100 hosts per call. */
export const RenewHostsInput = z.object({ ...where, HostIds: list(HostId, 100), Period });
export type RenewHostsInput = z.input<typeof RenewHostsInput>;

const Network = z.object({ VpcId, SubnetId, PrivateIpAddresses: z.array(Ipv4).max(100).default([]) });
/** seed 35870–35896 ChcDeployExtraConfig; BootType x86_legacy | arm_uefi (and x86_uefi, seed 23745). */
export const BOOT_TYPES = ["x86_legacy", "x86_uefi", "arm_uefi"] as const;
const DeployExtra = z.object({
  MiniOsType: z.string().trim().min(1, { error: "validation.required" }).max(32),
  BootType: z.enum(BOOT_TYPES),
  BootFile: z.string().trim().max(128).default(""),
  NextServerAddress: z.union([z.literal(""), Ipv4]).default(""),
});
const SecurityGroups = z.array(SecurityGroupId).max(5, { error: "hosts.validation.tooMany" }).default([]);

/** ConfigureChcAssistVpc (seed 22444–22656): the out-of-band network, and the deploy network with it when given. */
export const ConfigureChcAssistInput = z.object({
  ...where,
  ChcIds: list(ChcId, 100),
  Bmc: Network,
  BmcSecurityGroupIds: SecurityGroups,
  Deploy: Network.optional(),
  DeploySecurityGroupIds: SecurityGroups,
  DeployExtra: DeployExtra.optional(),
});
export type ConfigureChcAssistInput = z.input<typeof ConfigureChcAssistInput>;

/** ConfigureChcDeployVpc (seed 22657–22847): the deploy network of servers that have their out-of-band one. */
export const ConfigureChcDeployInput = z.object({
  ...where,
  ChcIds: list(ChcId, 100),
  Deploy: Network,
  DeploySecurityGroupIds: SecurityGroups,
  DeployExtra: DeployExtra.optional(),
});
export type ConfigureChcDeployInput = z.input<typeof ConfigureChcDeployInput>;

/** RemoveChcAssistVpc (both networks, seed 23233) or RemoveChcDeployVpc (the deploy network, seed 23377). */
export const RemoveChcNetworkInput = z.object({ ...where, ChcIds: list(ChcId, 100), network: z.enum(["assist", "deploy"]) });
export type RemoveChcNetworkInput = z.input<typeof RemoveChcNetworkInput>;

/** seed 23086: BmcUser letters, digits, - and _; seed 23091: Password 8–16 of letters, digits and ()`~!@#$%^&*-+=_|{}[]:;'<>,.?/. */
const BMC_PASSWORD = /^[A-Za-z0-9()`~!@#$%^&*\-+=_|{}[\]:;'<>,.?/]{8,16}$/;

/** ModifyChcAttribute (seed 23048–23232): give only what changes. */
export const ModifyChcInput = z
  .object({
    ...where,
    ChcIds: list(ChcId, 100),
    InstanceName: z.string().trim().min(1, { error: "validation.required" }).max(60, { error: "hosts.validation.nameLength" }).optional(),
    DeviceType: z.string().trim().min(1).max(32).optional(),
    BmcUser: z.string().trim().regex(/^[A-Za-z0-9_-]{1,32}$/, { error: "hosts.validation.bmcUser" }).optional(),
    Password: z.string().regex(BMC_PASSWORD, { error: "hosts.validation.bmcPassword" }).optional(),
    BmcSecurityGroupIds: z.array(SecurityGroupId).max(5, { error: "hosts.validation.tooMany" }).optional(),
  })
  .refine((p) => [p.InstanceName, p.DeviceType, p.BmcUser, p.Password, p.BmcSecurityGroupIds].some((v) => v !== undefined), {
    error: "validation.nothingToChange",
    path: ["form"],
  });
export type ModifyChcInput = z.input<typeof ModifyChcInput>;

/** A parsed network as the API's VirtualPrivateCloud (seed 39287): addresses only when chosen (else the lowest free). */
export function toVirtualPrivateCloud(n: { VpcId: string; SubnetId: string; PrivateIpAddresses: string[] }) {
  return { VpcId: n.VpcId, SubnetId: n.SubnetId, ...(n.PrivateIpAddresses.length ? { PrivateIpAddresses: n.PrivateIpAddresses } : {}) };
}
