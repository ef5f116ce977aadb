import { z } from "zod";
import { DEFAULT_ENDPOINT } from "./view";

// Pure zod schemas for cloud account forms (no server imports).

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

export const endpointSchema = z
  .string()
  .trim()
  .pipe(z.url({ error: "Enter a URL such as https://cvm.tencentcloudapi.com" }))
  .transform((url) => url.replace(/\/+$/, ""))
  .refine(
    (url) => {
      const { protocol, hostname } = new URL(url);
      // Plain http would expose the SecretId and signed requests; fine only for a local emulator.
      return protocol === "https:" || (protocol === "http:" && LOOPBACK_HOSTS.has(hostname));
    },
    { error: "Use https (plain http is allowed only for a local emulator on 127.0.0.1)" },
  );

export const regionSchema = z
  .string({ error: "Enter a region" })
  .trim()
  .regex(/^[a-z]+(-[a-z0-9]+)+$/, { error: "Enter a region id such as ap-guangzhou" });

const nameSchema = z
  .string({ error: "Enter a name" })
  .trim()
  .min(1, { error: "Enter a name" })
  .max(64, { error: "Name must be at most 64 characters" });

const secretIdSchema = z
  .string({ error: "Enter the SecretId" })
  .trim()
  .min(1, { error: "Enter the SecretId" })
  .max(128, { error: "SecretId is too long" })
  .regex(/^\S+$/, { error: "SecretId cannot contain spaces" });

const secretKeySchema = z
  .string({ error: "Enter the SecretKey" })
  .trim()
  .min(1, { error: "Enter the SecretKey" })
  .max(256, { error: "SecretKey is too long" })
  .regex(/^\S+$/, { error: "SecretKey cannot contain spaces" });

export const CreateCloudAccountInput = z.object({
  name: nameSchema,
  endpoint: z.preprocess((v) => (v === "" || v === null ? undefined : v), endpointSchema.optional()).transform((v) => v ?? DEFAULT_ENDPOINT),
  secretId: secretIdSchema,
  secretKey: secretKeySchema,
  defaultRegion: regionSchema,
});
export type CreateCloudAccountInput = z.input<typeof CreateCloudAccountInput>;

export const UpdateCloudAccountInput = z.object({
  name: nameSchema.optional(),
  endpoint: endpointSchema.optional(),
  secretId: secretIdSchema.optional(),
  // Absent or empty: keep the stored key (forms never show it, so they send nothing).
  secretKey: z.preprocess((v) => (v === "" || v === null ? undefined : v), secretKeySchema.optional()),
  defaultRegion: regionSchema.optional(),
});
export type UpdateCloudAccountInput = z.input<typeof UpdateCloudAccountInput>;
