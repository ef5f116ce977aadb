import { z } from "zod";
import { ROLES } from "../roles";

// Shared by the Users forms (instant feedback) and the server actions (the real check).
// Error messages are i18n keys; the server and the client translate them for display.
const id = z.string().trim().min(1, { error: "validation.required" }).max(100);
const name = z.string().trim().min(1, { error: "validation.required" }).max(100, { error: "validation.tooLong" });
const role = z.enum(ROLES, { error: "validation.role" });
// Same bounds as the users store (server/users/schemas.ts), which checks again.
export const PASSWORD_MIN = 12;
const password = z
  .string()
  .min(PASSWORD_MIN, { error: "validation.passwordTooShort" })
  .max(1024, { error: "validation.tooLong" });

export const CreateUserInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "validation.email" }).max(254, { error: "validation.tooLong" })),
  name,
  password,
  role,
});
export type CreateUserInput = z.input<typeof CreateUserInput>;

export const UpdateUserInput = z
  .object({ id, name: name.optional(), role: role.optional(), disabled: z.boolean().optional() })
  .refine((v) => v.name !== undefined || v.role !== undefined || v.disabled !== undefined, {
    error: "validation.nothingToChange",
  });
export type UpdateUserInput = z.input<typeof UpdateUserInput>;

export const ResetPasswordInput = z.object({ id, password });
export type ResetPasswordInput = z.input<typeof ResetPasswordInput>;
