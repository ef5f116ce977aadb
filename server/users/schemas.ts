import { z } from "zod";
import { ROLES } from "@/lib/roles";

// Pure zod schemas (no server imports), so a form can reuse them for instant feedback.

export const MIN_PASSWORD_LENGTH = 12;

export const emailSchema = z
  .string({ error: "Enter an email address" })
  .trim()
  .toLowerCase()
  // The HTML5 <input type=email> rule: same as the browser's, and it accepts admin@localhost (the bootstrap admin).
  .pipe(z.email({ pattern: z.regexes.html5Email, error: "Enter a valid email address" }).max(254, { error: "Email is too long" }));

export const passwordSchema = z
  .string({ error: "Enter a password" })
  .min(MIN_PASSWORD_LENGTH, { error: `Password must be at least ${MIN_PASSWORD_LENGTH} characters` })
  // Bounded so nobody can make the server hash a megabyte.
  .max(1024, { error: "Password is too long" });

export const nameSchema = z
  .string({ error: "Enter a name" })
  .trim()
  .min(1, { error: "Enter a name" })
  .max(100, { error: "Name must be at most 100 characters" });

export const roleSchema = z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(", ")}` });

export const CreateUserInput = z.object({
  email: emailSchema,
  name: nameSchema,
  password: passwordSchema,
  role: roleSchema,
});
export type CreateUserInput = z.input<typeof CreateUserInput>;

export const UpdateUserInput = z.object({
  name: nameSchema.optional(),
  role: roleSchema.optional(),
  disabled: z.boolean({ error: "Disabled must be true or false" }).optional(),
});
export type UpdateUserInput = z.input<typeof UpdateUserInput>;
