import { z } from "zod";
import { forTemplate, PurchaseConfigSchema, type PurchaseConfig } from "./config";

// Inputs of the purchase actions (checked again on the server; messages are i18n keys).

export const BuyInstancesInput = z.object({
  /** One per submission, made by the browser before the first attempt; a retry sends the same one. */
  intentId: z.uuid(),
  accountId: z.string().trim().min(1).max(100),
  config: PurchaseConfigSchema,
});
export type BuyInstancesInput = z.input<typeof BuyInstancesInput>;

/** seed 31946: LaunchTemplateName 2–128 characters; LaunchTemplateVersionDescription 2–256. */
export const SaveLaunchTemplateInput = z.object({
  accountId: z.string().trim().min(1).max(100),
  name: z.string().trim().min(2, { error: "purchase.error.templateName" }).max(128, { error: "purchase.error.templateName" }),
  description: z
    .string()
    .trim()
    .max(256, { error: "purchase.error.templateDescription" })
    .refine((d) => d === "" || d.length >= 2, { error: "purchase.error.templateDescription" }),
  /** Checked without its password: a template never keeps one. */
  config: z.preprocess((c) => (c && typeof c === "object" ? forTemplate(c as PurchaseConfig) : c), PurchaseConfigSchema),
});
export type SaveLaunchTemplateInput = z.input<typeof SaveLaunchTemplateInput>;
