import { z } from "zod";
import { isRegionId } from "../region";

// Shared by the Cloud accounts forms and actions; the accounts store checks again with the same rules.
// Messages are i18n keys.
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

function isAllowedEndpoint(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true; // not a URL at all: z.url() has already said so
  }
  return parsed.protocol === "https:" || (parsed.protocol === "http:" && LOOPBACK_HOSTS.has(parsed.hostname));
}

const id = z.string().trim().min(1, { error: "validation.required" }).max(100);
const name = z.string().trim().min(1, { error: "validation.required" }).max(64, { error: "validation.tooLong" });
const endpoint = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .pipe(z.url({ error: "validation.endpoint" }))
    // Plain http would expose signed requests; it is fine only for a local emulator.
    .refine(isAllowedEndpoint, { error: "validation.endpointHttps" })
    .optional(),
);
const secret = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: "validation.required" })
    .max(max, { error: "validation.tooLong" })
    .regex(/^\S+$/, { error: "validation.noSpaces" });
const defaultRegion = z.string().trim().refine(isRegionId, { error: "validation.region" });

export const CreateCloudAccountInput = z.object({ name, endpoint, secretId: secret(128), secretKey: secret(256), defaultRegion });
export type CreateCloudAccountInput = z.input<typeof CreateCloudAccountInput>;

/** On edit a blank SecretId, SecretKey or endpoint means "keep the stored one" (the form never shows them). */
export const UpdateCloudAccountInput = z.object({
  id,
  name,
  endpoint,
  secretId: z.preprocess(blankToUndefined, secret(128).optional()),
  secretKey: z.preprocess(blankToUndefined, secret(256).optional()),
  defaultRegion,
});
export type UpdateCloudAccountInput = z.input<typeof UpdateCloudAccountInput>;

export const CloudAccountIdInput = z.object({ id });
export type CloudAccountIdInput = z.input<typeof CloudAccountIdInput>;
