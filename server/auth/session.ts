import "server-only";
import { getServerSession } from "next-auth";
import type { Role } from "@/lib/roles";
import { getUserById } from "@/server/users/store";
import { assertRole, type SessionUser } from "./guard";
import { authOptions } from "./options";

export type { SessionUser };

/**
 * The signed-in user as the database sees them now: the session says who, the database says whether they
 * are still enabled and with which role (so a change applies at once, not at the next token refresh).
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getUserById(id);
  if (!user || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** Call first in every server action and route handler; throws AuthError (401 / 403). */
export async function requireRole(min: Role): Promise<SessionUser> {
  return assertRole(await getSessionUser(), min);
}
