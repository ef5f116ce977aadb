import "server-only";
import { redirect } from "next/navigation";
import { AuthError } from "@/server/auth/errors";

/**
 * For admin-only pages: `await listUsersAsAdmin().catch(forbiddenAsNull)` gives null to a signed-in
 * non-admin (the page shows the "admins only" panel) and sends a signed-out visitor to the login page.
 */
export function forbiddenAsNull(err: unknown): null {
  if (err instanceof AuthError && err.status === 403) return null;
  if (err instanceof AuthError && err.status === 401) redirect("/login");
  throw err;
}
