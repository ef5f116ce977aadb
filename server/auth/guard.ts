import { hasRole, type Role } from "@/lib/roles";
import { AuthError } from "./errors";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The role check behind requireRole(), pure so it can be tested without a request. */
export function assertRole(user: SessionUser | null, min: Role): SessionUser {
  if (!user) throw new AuthError(401, "UNAUTHENTICATED", "Sign in to continue");
  if (!hasRole(user.role, min)) throw new AuthError(403, "FORBIDDEN", `This needs the ${min} role or higher`);
  return user;
}
