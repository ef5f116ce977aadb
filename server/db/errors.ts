import type { z } from "zod";

/**
 * Bad input, with one message per field so a form can show each next to its input.
 * Messages are written for users and never contain secrets.
 */
export class ValidationError extends Error {
  readonly code = "VALIDATION";
  constructor(
    readonly fieldErrors: Record<string, string>,
    message = Object.values(fieldErrors)[0] ?? "Invalid input",
  ) {
    super(message);
    this.name = "ValidationError";
  }

  static fromZod(error: z.ZodError): ValidationError {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const field = issue.path.length ? issue.path.join(".") : "form";
      fieldErrors[field] ??= issue.message; // first problem per field is enough for a form
    }
    return new ValidationError(fieldErrors);
  }
}

/** A record addressed by id does not exist. */
export class NotFoundError extends Error {
  readonly code = "NOT_FOUND";
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}
