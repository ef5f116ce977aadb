import { z } from "zod";
import { isRegionId } from "@/lib/region";
import { ACCOUNT_ID } from "./rules";

// Inputs of the image writes, shared by the dialogs (instant feedback) and the server actions (the real check).
// Field names are the API's; error messages are i18n keys.

const where = {
  accountId: z.string().trim().min(1).max(100),
  region: z.string().refine(isRegionId, { error: "validation.region" }),
};

const id = (prefix: string, error: string) => z.string().trim().regex(new RegExp(`^${prefix}-[a-z0-9]{8}$`), { error });
export const ImageId = id("img", "images.validation.imageId");
const InstanceId = id("ins", "images.validation.instanceId");

/** seed 26745 / 27176 / 27725: image names at most 60 characters; seed 26755 / 27743: descriptions at most 256. */
export const MAX_NAME = 60;
export const MAX_DESCRIPTION = 256;
const chars = (s: string) => [...s].length;
const ImageName = z
  .string()
  .trim()
  .min(1, { error: "validation.required" })
  .refine((s) => chars(s) <= MAX_NAME, { error: "images.validation.nameLength" });
const ImageDescription = z.string().refine((s) => chars(s) <= MAX_DESCRIPTION, { error: "images.validation.descriptionLength" });
/**
 * seed 26762 example "business-daily-update": lowercase letters, digits and hyphens, starting with a letter, at most
 * 60 (the product's rule; the API answers InvalidParameterValue.InvalidImageFamily otherwise).
 */
export const FAMILY = /^[a-z](?:[a-z0-9-]{0,58}[a-z0-9])?$/;
const ImageFamily = z.string().trim().regex(FAMILY, { error: "images.validation.family" });

const unique = <T extends z.ZodType<string>>(item: T, max: number, error = "images.validation.tooMany") =>
  z
    .array(item)
    .min(1, { error: "images.validation.noneChosen" })
    .max(max, { error })
    .refine((ids) => new Set(ids).size === ids.length, { error: "images.validation.duplicate" });

/** CreateImage (seed 27699–28054) from an instance's system disk and the data disks chosen. */
export const CreateImageInput = z.object({
  ...where,
  InstanceId,
  ImageName,
  ImageDescription: ImageDescription.optional(),
  ImageFamily: ImageFamily.optional(),
  /** seed 27749: shut a running instance down first (safer: no data lost in flight). */
  ForcePoweroff: z.boolean().default(false),
  /** seed 27762: Windows only. */
  Sysprep: z.boolean().default(false),
  DataDiskIds: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
});
export type CreateImageInput = z.input<typeof CreateImageInput>;

/** ModifyImageAttribute (seed 26707–26895): give only what changes; "" clears a family. */
export const ModifyImageInput = z
  .object({
    ...where,
    ImageId,
    ImageName: ImageName.optional(),
    ImageDescription: ImageDescription.optional(),
    ImageFamily: z.union([z.literal(""), ImageFamily]).optional(),
    ImageDeprecated: z.boolean().optional(),
  })
  .refine((p) => [p.ImageName, p.ImageDescription, p.ImageFamily, p.ImageDeprecated].some((v) => v !== undefined), {
    error: "validation.nothingToChange",
    path: ["form"],
  });
export type ModifyImageInput = z.input<typeof ModifyImageInput>;

/** ModifyImageSharePermission (seed 26124–26352): at most 500 receivers per image (seed 26132). */
export const ShareImageInput = z.object({
  ...where,
  ImageId,
  AccountIds: unique(z.string().trim().regex(ACCOUNT_ID, { error: "images.validation.accountId" }), 500),
  Permission: z.enum(["SHARE", "CANCEL"]),
});
export type ShareImageInput = z.input<typeof ShareImageInput>;

/** SyncImages (seed 26353–26706): one image per call, to one or more regions. */
export const SyncImageInput = z.object({
  ...where,
  ImageId,
  DestinationRegions: unique(z.string().refine(isRegionId, { error: "validation.region" }), 30),
  ImageName: ImageName.optional(),
});
export type SyncImageInput = z.input<typeof SyncImageInput>;

/** seed 27464: ExportFormat RAW (default), QCOW2, VHD, VMDK. */
export const EXPORT_FORMATS = ["RAW", "QCOW2", "VHD", "VMDK"] as const;
/** COS bucket names: letters, digits and hyphens, e.g. "test-bucket-1250000000" (seed 27448 / 27570). */
const BUCKET = /^[A-Za-z0-9][A-Za-z0-9-]{0,59}$/;

/** ExportImages (seed 27420–27698). */
export const ExportImagesInput = z.object({
  ...where,
  ImageIds: unique(ImageId, 10),
  BucketName: z.string().trim().regex(BUCKET, { error: "images.validation.bucket" }),
  ExportFormat: z.enum(EXPORT_FORMATS).default("RAW"),
  /** One prefix for every file of this export (FileNamePrefixList repeats it per image). */
  FileNamePrefix: z.string().trim().max(64).regex(/^[A-Za-z0-9_.-]*$/, { error: "images.validation.prefix" }).default(""),
  OnlyExportRootDisk: z.boolean().default(false),
  /** seed 27497: default CVM_QcsRole. */
  RoleName: z.string().trim().max(128).regex(/^[A-Za-z0-9_+=,.@-]*$/, { error: "images.validation.roleName" }).default(""),
});
export type ExportImagesInput = z.input<typeof ExportImagesInput>;

/** seed 27144: ImportImage Architecture values. */
export const IMPORT_ARCHITECTURES = ["x86_64", "i386", "arm_64"] as const;
/** seed 27204 / 27210: boot modes and license types. */
export const BOOT_MODES = ["Legacy BIOS", "UEFI"] as const;
export const LICENSE_TYPES = ["TencentCloud", "BYOL"] as const;

/** ImportImage (seed 27118–27419): RAW, VHD, QCOW2 or VMDK files in COS. */
export const ImportImageInput = z.object({
  ...where,
  OsType: z.string().trim().min(1, { error: "validation.required" }).max(64),
  OsVersion: z.string().trim().min(1, { error: "validation.required" }).max(32),
  Architecture: z.enum(IMPORT_ARCHITECTURES),
  ImageUrl: z
    .string()
    .trim()
    .max(1024)
    .refine((s) => /^https?:\/\/[^\s/]+\/\S+$/.test(s), { error: "images.validation.url" }),
  ImageName,
  ImageDescription: ImageDescription.optional(),
  ImageFamily: ImageFamily.optional(),
  BootMode: z.enum(BOOT_MODES).default("Legacy BIOS"),
  LicenseType: z.enum(LICENSE_TYPES).default("TencentCloud"),
  /** seed 27196: skip the image checks (an ISO must be imported this way). */
  Force: z.boolean().default(false),
});
export type ImportImageInput = z.input<typeof ImportImageInput>;

/** ConvertOperatingSystems (seed 28263–28506): CentOS 7 / 8 instances to TencentOS; DryRun = the check alone. */
export const ConvertOsInput = z.object({
  ...where,
  InstanceIds: unique(InstanceId, 100),
  MinimalConversion: z.boolean().default(false),
  DryRun: z.boolean().default(false),
});
export type ConvertOsInput = z.input<typeof ConvertOsInput>;

/** DeleteImages (seed 26896–27117); DryRun checks the refusals without deleting. */
export const DeleteImagesInput = z.object({
  ...where,
  ImageIds: unique(ImageId, 100),
  DeleteBindedSnap: z.boolean().default(false),
  DryRun: z.boolean().default(false),
});
export type DeleteImagesInput = z.input<typeof DeleteImagesInput>;
