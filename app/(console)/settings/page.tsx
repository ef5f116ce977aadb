import { redirect } from "next/navigation";
import { getConsoleContextOrRedirect } from "@/server/context";
import { hasRole } from "@/lib/roles";

export const dynamic = "force-dynamic";

/** /settings opens the first tab this user can see. */
export default async function SettingsIndex() {
  const { user } = await getConsoleContextOrRedirect();
  redirect(hasRole(user.role, "admin") ? "/settings/users" : "/settings/preferences");
}
