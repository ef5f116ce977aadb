import "server-only";
import { requireRole, type SessionUser } from "@/server/auth/session";
import { listSharedViews } from "@/server/shared-views/store";
import type { SharedViewSummary } from "@/lib/shared-views/schema";

/** Every shared view, for Settings → Shared views. Operators and admins: they are the ones who can create links. */
export async function listSharedViewsAsOperator(): Promise<{ actor: SessionUser; views: SharedViewSummary[] }> {
  const actor = await requireRole("operator");
  return { actor, views: await listSharedViews() };
}
