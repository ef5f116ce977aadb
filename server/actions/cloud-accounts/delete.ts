"use server";

import { requireRole } from "@/server/auth/session";
import { deleteCloudAccount as storeDelete } from "@/server/accounts/store";
import { clearRegionCaches } from "@/server/queries/regions";
import { CloudAccountIdInput } from "@/lib/schemas/cloud-accounts";
import type { ActionResult } from "@/lib/action-result";
import { actionFailure, audited, parseInput } from "../action-support";

export async function deleteCloudAccount(input: CloudAccountIdInput): Promise<ActionResult> {
  try {
    const actor = await requireRole("admin");
    const { id } = parseInput(CloudAccountIdInput, input);
    await audited(actor, { action: "account.delete", target: id }, () => storeDelete(id));
    clearRegionCaches();
    return { ok: true };
  } catch (err) {
    return actionFailure(err);
  }
}
