"use server";

import { requireRole } from "@/server/auth/session";
import { updateUser as storeUpdateUser, type UserView } from "@/server/users/store";
import { getI18n } from "@/lib/i18n/server";
import { UpdateUserInput } from "@/lib/schemas/users";
import type { ActionResult } from "@/lib/action-result";
import { actionFailure, audited, parseInput } from "../action-support";

/** Rename, change role, or disable/enable. An admin cannot demote or disable themself (no lock-out by accident). */
export async function updateUser(input: UpdateUserInput): Promise<ActionResult<{ user: UserView }>> {
  try {
    const actor = await requireRole("admin");
    const { id, ...changes } = parseInput(UpdateUserInput, input);
    if (id === actor.id && (changes.disabled === true || (changes.role !== undefined && changes.role !== "admin"))) {
      const { t } = await getI18n();
      return { ok: false, error: { code: "OperationDenied.SelfLockout", message: t("users.error.selfLockout") } };
    }
    const user = await audited(actor, { action: "user.update", target: id, detail: changes }, () =>
      storeUpdateUser(id, changes),
    );
    return { ok: true, user };
  } catch (err) {
    return actionFailure(err);
  }
}
