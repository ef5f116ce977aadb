import { z } from "zod";
import { idList, resourceId, where } from "@/lib/resources/schema-parts";
import { checkPublicKey } from "./public-key";

// Key pair writes: shared by the dialogs (instant feedback) and the server actions (the real check).

/** seed 28800: "可由数字、字母和下划线组成，长度不超过25个字符". */
export const KEY_NAME_MAX = 25;
/** seed 29692: "可任意命名，但不得超过60个字符". */
export const KEY_DESCRIPTION_MAX = 60;

const KeyName = z
  .string()
  .trim()
  .min(1, { error: "validation.required" })
  .max(KEY_NAME_MAX, { error: "keyPairs.validation.nameLength" })
  .regex(/^[A-Za-z0-9_]*$/, { error: "keyPairs.validation.nameChars" });
const Description = z.string().trim().refine((s) => [...s].length <= KEY_DESCRIPTION_MAX, { error: "keyPairs.validation.descriptionLength" });
const ProjectId = z.number().int().min(0).default(0);

export const CreateKeyPairInput = z.object({ ...where, KeyName, ProjectId });
export const ImportKeyPairInput = z.object({
  ...where,
  KeyName,
  ProjectId,
  PublicKey: z
    .string()
    .trim()
    .min(1, { error: "validation.required" })
    .max(20_000, { error: "validation.tooLong" })
    .superRefine((value, ctx) => {
      const check = checkPublicKey(value);
      if (!check.ok) ctx.addIssue({ code: "custom", message: check.error });
    }),
});
/** seed 29660: name and description, at least one of them. */
export const ModifyKeyPairInput = z
  .object({ ...where, KeyId: resourceId("skey"), KeyName: KeyName.optional(), Description: Description.optional() })
  .refine((v) => v.KeyName !== undefined || v.Description !== undefined, { error: "validation.nothingToChange", path: ["form"] });
/** seed 29513: at most 100 per request. */
export const DeleteKeyPairsInput = z.object({ ...where, KeyIds: idList("skey", 100) });
/** seed 29041 / 29051: up to 100 instances and 100 keys; ForceStop shuts running instances down first. */
export const BindKeyPairInput = z.object({
  ...where,
  mode: z.enum(["associate", "disassociate"]),
  KeyIds: idList("skey", 100),
  InstanceIds: idList("ins", 100),
  ForceStop: z.boolean().default(false),
});

export type CreateKeyPairInput = z.input<typeof CreateKeyPairInput>;
export type ImportKeyPairInput = z.input<typeof ImportKeyPairInput>;
export type ModifyKeyPairInput = z.input<typeof ModifyKeyPairInput>;
export type DeleteKeyPairsInput = z.input<typeof DeleteKeyPairsInput>;
export type BindKeyPairInput = z.input<typeof BindKeyPairInput>;
