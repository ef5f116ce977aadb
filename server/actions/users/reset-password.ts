"use server";

import { requireRole } from "@/server/auth/session";
import { setUserPassword } from "@/server/users/store";
import { ResetPasswordInput } from "@/lib/schemas/users";
import type { ActionResult } from "@/lib/action-result";
import { actionFailure, audited, parseInput } from "../action-support";

/** Sets a new password chosen by the admin. The password itself never reaches the audit log. */
export async function resetUserPassword(input: ResetPasswordInput): Promise<ActionResult> {
  try {
    const actor = await requireRole("admin");
    const { id, password } = parseInput(ResetPasswordInput, input);
    await audited(actor, { action: "user.resetPassword", target: id }, () => setUserPassword(id, password));
    return { ok: true };
  } catch (err) {
    return actionFailure(err);
  }
}
