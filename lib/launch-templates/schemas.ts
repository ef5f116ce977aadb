import { z } from "zod";
import { resourceId, where } from "@/lib/resources/schema-parts";

// Launch template writes (seed 31918–34181): shared by the dialogs and the server actions.

const ZONE = /^[a-z]{2,}(-[a-z0-9]+){2,4}$/;
/** seed 31961: "长度为2~128个英文或中文字符". */
const TemplateName = z
  .string()
  .trim()
  .refine((s) => [...s].length >= 2 && [...s].length <= 128, { error: "launchTemplates.validation.name" });
/** seed 31967 / 32689: "长度为2~256个英文或中文字符"; empty means none. */
const VersionDescription = z
  .string()
  .trim()
  .refine((s) => s === "" || ([...s].length >= 2 && [...s].length <= 256), { error: "launchTemplates.validation.description" });
const Version = z.number().int().min(1);
const TemplateId = resourceId("lt");

/** What a version form sets; anything left empty comes from the base version (seed 32645). */
export const TemplateFields = z.object({
  Zone: z.string().regex(ZONE, { error: "validation.required" }),
  ImageId: z.union([z.literal(""), resourceId("img")]).default(""),
  InstanceType: z.union([z.literal(""), z.string().trim().regex(/^[A-Za-z0-9]+\.[A-Za-z0-9]+$/, { error: "launchTemplates.validation.instanceType" })]).default(""),
  InstanceName: z.string().trim().max(60, { error: "validation.tooLong" }).default(""),
});

export const CreateLaunchTemplateInput = z.object({
  ...where,
  LaunchTemplateName: TemplateName,
  LaunchTemplateVersionDescription: VersionDescription.default(""),
  ...TemplateFields.shape,
  // seed 31935: ImageId is required to create a template.
  ImageId: resourceId("img"),
});
export const CreateLaunchTemplateVersionInput = z.object({
  ...where,
  LaunchTemplateId: TemplateId,
  /** The version the new one is based on (seed 32660: default version when absent). */
  LaunchTemplateVersion: Version,
  LaunchTemplateVersionDescription: VersionDescription.default(""),
  ...TemplateFields.shape,
});
export const SetDefaultVersionInput = z.object({ ...where, LaunchTemplateId: TemplateId, DefaultVersion: Version });
export const DeleteLaunchTemplateVersionsInput = z.object({
  ...where,
  LaunchTemplateId: TemplateId,
  LaunchTemplateVersions: z.array(Version).min(1, { error: "resources.validation.noneSelected" }).max(30),
});
export const DeleteLaunchTemplateInput = z.object({ ...where, LaunchTemplateId: TemplateId });

export type CreateLaunchTemplateInput = z.input<typeof CreateLaunchTemplateInput>;
export type CreateLaunchTemplateVersionInput = z.input<typeof CreateLaunchTemplateVersionInput>;
export type SetDefaultVersionInput = z.input<typeof SetDefaultVersionInput>;
export type DeleteLaunchTemplateVersionsInput = z.input<typeof DeleteLaunchTemplateVersionsInput>;
export type DeleteLaunchTemplateInput = z.input<typeof DeleteLaunchTemplateInput>;
