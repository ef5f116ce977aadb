import { z } from "zod";
import { isRegionId } from "@/lib/region";

// Pieces shared by the resource pages' zod schemas (key pairs, placement groups, launch templates, HPC clusters,
// maintenance). Messages are i18n keys; field names are the API's.

/** Every write names the cloud account and region it acts in (the page's, so a header switch cannot redirect it). */
export const where = {
  accountId: z.string().trim().min(1).max(100),
  region: z.string().refine(isRegionId, { error: "validation.region" }),
};

/** Tencent ids: "<prefix>-" and eight lower-case letters or digits (seed 10925 and every resource's *Malformed). */
export const resourceId = (prefix: string) =>
  z.string().trim().regex(new RegExp(`^${prefix}-[a-z0-9]{8}$`), { error: "resources.validation.id" });

export const idList = (prefix: string, max: number) =>
  z
    .array(resourceId(prefix))
    .min(1, { error: "resources.validation.noneSelected" })
    .max(max, { error: "resources.validation.tooMany" })
    .refine((ids) => new Set(ids).size === ids.length, { error: "resources.validation.duplicate" });

/** Length in characters as the API counts them (a Chinese character is one). */
export const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, { error: min <= 1 ? "validation.required" : "resources.validation.tooShort" })
    .max(max, { error: "validation.tooLong" });
