"use server";

import { requireRole } from "@/server/auth/session";
import { updateInstanceTablePrefs } from "@/server/preferences/instance-table";
import { SetInstanceColumnsInput, type InstanceTablePrefs } from "@/lib/instances/table-prefs";
import type { ActionResult } from "@/lib/action-result";
import { actionFailure, parseInput } from "../action-support";

/**
 * Saves the caller's own instance table columns and/or density. Every role may: it changes nothing in the cloud
 * and nothing another user sees, so it is not audited either.
 */
export async function setInstanceColumns(input: SetInstanceColumnsInput): Promise<ActionResult<{ prefs: InstanceTablePrefs }>> {
  try {
    const user = await requireRole("viewer");
    const change = parseInput(SetInstanceColumnsInput, input);
    const prefs = await updateInstanceTablePrefs(user.id, {
      ...(change.columns ? { columns: change.columns } : {}),
      ...(change.density ? { density: change.density } : {}),
    });
    return { ok: true, prefs };
  } catch (err) {
    return actionFailure(err);
  }
}
