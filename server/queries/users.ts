import "server-only";
import { requireRole } from "@/server/auth/session";
import { listUsers, type UserView } from "@/server/users/store";

/** The user list is admin data: the check lives here, not only in the page that shows it. */
export async function listUsersAsAdmin(): Promise<UserView[]> {
  await requireRole("admin");
  return listUsers();
}
