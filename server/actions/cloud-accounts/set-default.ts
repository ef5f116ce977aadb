"use server";

import { requireRole } from "@/server/auth/session";
import { setDefaultCloudAccount as storeSetDefault } from "@/server/accounts/store";
import { CloudAccountIdInput } from "@/lib/schemas/cloud-accounts";
import type { ActionResult } from "@/lib/action-result";
import { actionFailure, audited, parseInput } from "../action-support";

export async function setDefaultCloudAccount(input: CloudAccountIdInput): Promise<ActionResult> {
  try {
    const actor = await requireRole("admin");
    const { id } = parseInput(CloudAccountIdInput, input);
    await audited(actor, { action: "account.setDefault", target: id }, () => storeSetDefault(id));
    return { ok: true };
  } catch (err) {
    return actionFailure(err);
  }
}
