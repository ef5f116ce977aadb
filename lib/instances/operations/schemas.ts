import { z } from "zod";
import { isRegionId } from "@/lib/region";

// Inputs of the instance writes and price inquiries, shared by the dialogs (instant feedback) and the server
// (the real check). Field names are the API's; error messages are i18n keys.

/** seed 10925: "类似ins-xxxxxxxx，字母x代表小写字符或数字". */
const resourceId = (prefix: string, error: string) => z.string().trim().regex(new RegExp(`^${prefix}-[a-z0-9]{8}$`), { error });
export const InstanceId = resourceId("ins", "ops.validation.instanceId");
const ImageId = resourceId("img", "ops.validation.imageId");
const KeyId = resourceId("skey", "ops.validation.keyId");
const SecurityGroupId = resourceId("sg", "ops.validation.securityGroupId");
const VpcId = resourceId("vpc", "ops.validation.vpcId");
const SubnetId = resourceId("subnet", "ops.validation.subnetId");
const PlacementGroupId = resourceId("ps", "ops.validation.placementGroupId");
const DiskId = z.string().trim().min(1, { error: "validation.required" }).max(64);

/** Every write names the cloud account and region it acts in, and the user intent it belongs to. */
const where = {
  accountId: z.string().trim().min(1).max(100),
  region: z.string().refine(isRegionId, { error: "validation.region" }),
  /** One per user intent (one confirmed dialog): groups the audit rows of all its chunks. */
  intentId: z.uuid().optional(),
};

const instanceIds = (max: number) =>
  z
    .array(InstanceId)
    .min(1, { error: "ops.validation.noInstances" })
    .max(max, { error: "ops.validation.tooMany" })
    .refine((ids) => new Set(ids).size === ids.length, { error: "ops.validation.duplicate" });

const StopType = z.enum(["SOFT", "HARD", "SOFT_FIRST"]); // seed 14566 / 14311
/** seed 14832 InvalidPeriod: 目前只支持时长 [1…12, 24, 36]. */
export const PERIODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36] as const;
const Period = z.number().int().refine((n) => (PERIODS as readonly number[]).includes(n), { error: "ops.validation.period" });
export const RENEW_FLAGS = ["NOTIFY_AND_AUTO_RENEW", "NOTIFY_AND_MANUAL_RENEW", "DISABLE_NOTIFY_AND_MANUAL_RENEW"] as const;
const RenewFlag = z.enum(RENEW_FLAGS);
/** seed 15363: Linux 8–30, Windows 12–30, never starting with "/"; the API checks the character classes. */
const Password = z
  .string()
  .min(8, { error: "ops.validation.passwordLength" })
  .max(30, { error: "ops.validation.passwordLength" })
  .refine((p) => !p.startsWith("/"), { error: "ops.validation.passwordSlash" });

export const StartInstancesInput = z.object({ ...where, InstanceIds: instanceIds(100) });
export const StopInstancesInput = z.object({
  ...where,
  InstanceIds: instanceIds(100),
  StopType: StopType.default("SOFT"),
  StoppedMode: z.enum(["KEEP_CHARGING", "STOP_CHARGING"]).default("KEEP_CHARGING"),
});
export const RebootInstancesInput = z.object({ ...where, InstanceIds: instanceIds(100), StopType: StopType.default("SOFT") });
export const TerminateInstancesInput = z.object({ ...where, InstanceIds: instanceIds(100), ReleasePrepaidDataDisks: z.boolean().default(false) });
export const ResetInstancesPasswordInput = z.object({
  ...where,
  InstanceIds: instanceIds(100),
  Password,
  UserName: z.string().trim().max(64, { error: "validation.tooLong" }).optional(),
  ForceStop: z.boolean().default(false),
});

const ReinstallFields = {
  InstanceId,
  /** Omitted: reinstall the current image. */
  ImageId: ImageId.optional(),
};
export const ResetInstanceInput = z.object({
  ...where,
  ...ReinstallFields,
  Password: Password.optional(),
  KeyIds: z.array(KeyId).max(100).optional(),
  /** seed 38213: keep the image's own login (custom images only). */
  KeepImageLogin: z.boolean().optional(),
  HostName: z.string().trim().min(2).max(60).optional(),
});

const ResizeFields = {
  InstanceId,
  /** Either the system disk's new size, or one data disk's (seed 15163: never both). */
  SystemDiskSize: z.number().int().min(20).max(1024).optional(),
  DataDisk: z.object({ DiskId, DiskSize: z.number().int().min(10).max(32000) }).optional(),
  ForceStop: z.boolean().default(false),
  ResizeOnline: z.boolean().default(false),
};
const oneDisk = (v: { SystemDiskSize?: number; DataDisk?: unknown }) => (v.SystemDiskSize === undefined) !== (v.DataDisk === undefined);
export const ResizeInstanceDisksInput = z.object({ ...where, ...ResizeFields }).refine(oneDisk, { error: "ops.validation.oneDisk", path: ["form"] });

const TypeFields = { InstanceId, InstanceType: z.string().trim().regex(/^[A-Za-z0-9]+\.[A-Za-z0-9]+$/, { error: "ops.validation.instanceType" }) };
export const ResetInstancesTypeInput = z.object({ ...where, ...TypeFields, ForceStop: z.boolean().default(false) });

const ChargeTypeFields = {
  InstanceIds: instanceIds(30),
  InstanceChargeType: z.enum(["PREPAID", "POSTPAID_BY_HOUR"]),
  Period: Period.optional(),
  RenewFlag: RenewFlag.optional(),
};
const prepaidNeedsPeriod = (v: { InstanceChargeType: string; Period?: number }) => v.InstanceChargeType !== "PREPAID" || v.Period !== undefined;
export const ModifyInstancesChargeTypeInput = z
  .object({ ...where, ...ChargeTypeFields, ModifyPortableDataDisk: z.boolean().default(false) })
  .refine(prepaidNeedsPeriod, { error: "ops.validation.period", path: ["Period"] });

const RenewFields = { InstanceIds: instanceIds(100), Period, RenewPortableDataDisk: z.boolean().default(true) };
export const RenewInstancesInput = z.object({ ...where, ...RenewFields });
export const ModifyInstancesRenewFlagInput = z.object({ ...where, InstanceIds: instanceIds(100), RenewFlag });

/** seed 15669: InstanceName up to 128 characters. */
export const RenameInstancesInput = z.object({
  ...where,
  InstanceIds: instanceIds(100),
  InstanceName: z.string().trim().min(1, { error: "validation.required" }).max(128, { error: "validation.tooLong" }),
});
export const ModifyTerminationProtectionInput = z.object({ ...where, InstanceIds: instanceIds(100), DisableApiTermination: z.boolean() });
export const ModifySecurityGroupsInput = z.object({
  ...where,
  InstanceIds: instanceIds(100),
  SecurityGroups: z.array(SecurityGroupId).min(1, { error: "validation.required" }).max(5, { error: "ops.validation.tooMany" }),
});
export const ModifyInstancesProjectInput = z.object({
  ...where,
  InstanceIds: instanceIds(100),
  ProjectId: z.number().int().min(0, { error: "ops.validation.projectId" }),
});
export const ModifyKeyPairsInput = z.object({
  ...where,
  InstanceIds: instanceIds(100),
  mode: z.enum(["associate", "disassociate"]),
  KeyIds: z.array(KeyId).min(1, { error: "validation.required" }).max(100),
  ForceStop: z.boolean().default(false),
});
export const ModifyInstancesVpcInput = z.object({
  ...where,
  InstanceIds: instanceIds(100),
  VpcId,
  SubnetId,
  /** One instance only: its new private IP in the subnet. */
  PrivateIpAddress: z.ipv4({ error: "ops.validation.ip" }).optional(),
  ForceStop: z.boolean().default(true),
  ReserveHostName: z.boolean().default(false),
});

const BandwidthFields = { InstanceIds: instanceIds(100), InternetMaxBandwidthOut: z.number().int().min(0).max(65535, { error: "ops.validation.bandwidth" }) };
export const ResetBandwidthInput = z.object({ ...where, ...BandwidthFields });

/** seed 18296: local disks can become these cloud disk types. */
export const CLOUD_DISK_TYPES = ["CLOUD_PREMIUM", "CLOUD_SSD", "CLOUD_BSSD", "CLOUD_HSSD"] as const;
export const ModifyInstanceDiskTypeInput = z
  .object({
    ...where,
    InstanceId,
    SystemDiskType: z.enum(CLOUD_DISK_TYPES).optional(),
    DataDisks: z.array(z.object({ DiskId, DiskType: z.enum(CLOUD_DISK_TYPES) })).max(20).optional(),
  })
  .refine((v) => v.SystemDiskType !== undefined || (v.DataDisks?.length ?? 0) > 0, { error: "validation.nothingToChange", path: ["form"] });

export const ModifyPlacementGroupInput = z.object({ ...where, InstanceIds: instanceIds(100), DisasterRecoverGroupId: PlacementGroupId, Force: z.boolean().default(false) });
export const EnterRescueModeInput = z.object({
  ...where,
  InstanceId,
  Password,
  Username: z.string().trim().max(64).optional(),
  StopType: StopType.default("SOFT"),
});
export const ExitRescueModeInput = z.object({ ...where, InstanceId });
/** seed 35794: ISO 8601 UTC, at least five minutes ahead (the API checks the lead). */
export const ImportActionTimerInput = z.object({
  ...where,
  InstanceIds: instanceIds(100),
  ActionTime: z.iso.datetime({ error: "ops.validation.actionTime" }),
});
export const DeleteActionTimersInput = z.object({
  ...where,
  Timers: z.array(z.object({ ActionTimerId: z.string().trim().min(1).max(64), InstanceId })).min(1).max(100),
});

/** A price inquiry: what the matching write would send, by the dialog that asks. */
export const PriceInquiry = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("terminate"), InstanceIds: instanceIds(100) }),
  z.object({ kind: z.literal("renew"), ...RenewFields }),
  z.object({ kind: z.literal("resizeDisks"), ...ResizeFields }).refine(oneDisk, { error: "ops.validation.oneDisk", path: ["form"] }),
  z.object({ kind: z.literal("changeType"), ...TypeFields }),
  z.object({ kind: z.literal("changeChargeType"), ...ChargeTypeFields }).refine(prepaidNeedsPeriod, { error: "ops.validation.period", path: ["Period"] }),
  z.object({ kind: z.literal("bandwidth"), ...BandwidthFields }),
  z.object({ kind: z.literal("reinstall"), ...ReinstallFields }),
]);
export type PriceInquiry = z.input<typeof PriceInquiry>;

export type StartInstancesInput = z.input<typeof StartInstancesInput>;
export type StopInstancesInput = z.input<typeof StopInstancesInput>;
export type RebootInstancesInput = z.input<typeof RebootInstancesInput>;
export type TerminateInstancesInput = z.input<typeof TerminateInstancesInput>;
export type ResetInstancesPasswordInput = z.input<typeof ResetInstancesPasswordInput>;
export type ResetInstanceInput = z.input<typeof ResetInstanceInput>;
export type ResizeInstanceDisksInput = z.input<typeof ResizeInstanceDisksInput>;
export type ResetInstancesTypeInput = z.input<typeof ResetInstancesTypeInput>;
export type ModifyInstancesChargeTypeInput = z.input<typeof ModifyInstancesChargeTypeInput>;
export type RenewInstancesInput = z.input<typeof RenewInstancesInput>;
export type ModifyInstancesRenewFlagInput = z.input<typeof ModifyInstancesRenewFlagInput>;
export type RenameInstancesInput = z.input<typeof RenameInstancesInput>;
export type ModifyTerminationProtectionInput = z.input<typeof ModifyTerminationProtectionInput>;
export type ModifySecurityGroupsInput = z.input<typeof ModifySecurityGroupsInput>;
export type ModifyInstancesProjectInput = z.input<typeof ModifyInstancesProjectInput>;
export type ModifyKeyPairsInput = z.input<typeof ModifyKeyPairsInput>;
export type ModifyInstancesVpcInput = z.input<typeof ModifyInstancesVpcInput>;
export type ResetBandwidthInput = z.input<typeof ResetBandwidthInput>;
export type ModifyInstanceDiskTypeInput = z.input<typeof ModifyInstanceDiskTypeInput>;
export type ModifyPlacementGroupInput = z.input<typeof ModifyPlacementGroupInput>;
export type EnterRescueModeInput = z.input<typeof EnterRescueModeInput>;
export type ExitRescueModeInput = z.input<typeof ExitRescueModeInput>;
export type ImportActionTimerInput = z.input<typeof ImportActionTimerInput>;
export type DeleteActionTimersInput = z.input<typeof DeleteActionTimersInput>;

// --- Security group binding and FPGA programming (issue 7 coverage) ---

/** AssociateSecurityGroups / DisassociateSecurityGroups (seed 30086, 30305): one group, up to 100 instances. */
export const BindSecurityGroupInput = z.object({
  ...where,
  InstanceIds: instanceIds(100),
  mode: z.enum(["associate", "disassociate"]),
  SecurityGroupId,
});
export type BindSecurityGroupInput = z.input<typeof BindSecurityGroupInput>;

/** seed 18779: a COS object URL, e.g. "fpga-test-123456.cos.ap-guangzhou.myqcloud.com/test.xclbin". */
export const FPGA_URL = /^(https?:\/\/)?[a-z0-9][a-z0-9-]*-\d+\.cos\.[a-z0-9-]+\.myqcloud\.com\/\S+$/;
/** seed 18784: a PCI address "domain:bus:device.function", e.g. "0000:00:08.0". */
export const DBDF = /^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$/i;
/** ProgramFpgaImage (seed 18748): one instance; no DBDFs = every FPGA card of the instance. */
export const ProgramFpgaImageInput = z.object({
  ...where,
  InstanceId,
  FPGAUrl: z.string().trim().regex(FPGA_URL, { error: "ops.validation.fpgaUrl" }),
  DBDFs: z
    .array(z.string().trim().regex(DBDF, { error: "ops.validation.dbdf" }))
    .max(16, { error: "ops.validation.tooMany" })
    .refine((d) => new Set(d.map((x) => x.toLowerCase())).size === d.length, { error: "ops.validation.duplicate" })
    .optional(),
});
export type ProgramFpgaImageInput = z.input<typeof ProgramFpgaImageInput>;
