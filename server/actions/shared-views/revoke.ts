"use server";

import { AuthError } from "@/server/auth/errors";
import { requireRole } from "@/server/auth/session";
import { NotFoundError } from "@/server/db/errors";
import { getSharedView, revokeSharedView as storeRevokeSharedView } from "@/server/shared-views/store";
import { hasRole } from "@/lib/roles";
import { RevokeSharedViewInput, type SharedViewSummary } from "@/lib/shared-views/schema";
import type { ActionResult } from "@/lib/action-result";
import { actionFailure, audited, parseInput } from "../action-support";

/** Stops a link at once. Its creator may revoke it, and any admin; other operators may not. */
export async function revokeSharedView(input: RevokeSharedViewInput): Promise<ActionResult<{ view: SharedViewSummary }>> {
  try {
    const actor = await requireRole("operator");
    const { id } = parseInput(RevokeSharedViewInput, input);
    const existing = await getSharedView(id);
    if (!existing) throw new NotFoundError(`No shared view ${id}`);
    if (existing.createdBy !== actor.id && !hasRole(actor.role, "admin")) throw new AuthError(403, "FORBIDDEN", "not the creator");
    const view = await audited(actor, { action: "sharedView.revoke", target: existing.name, detail: { id } }, () => storeRevokeSharedView(id, actor.id));
    return { ok: true, view };
  } catch (err) {
    return actionFailure(err);
  }
}
