"use server";

import { requireRole } from "@/server/auth/session";
import { updateCloudAccount as storeUpdate, type CloudAccountView } from "@/server/accounts/store";
import { clearRegionCaches } from "@/server/queries/regions";
import { UpdateCloudAccountInput } from "@/lib/schemas/cloud-accounts";
import type { ActionResult } from "@/lib/action-result";
import { actionFailure, audited, parseInput } from "../action-support";

/** A blank secret key keeps the stored one. The audit detail says whether it changed, never what it is. */
export async function updateCloudAccount(input: UpdateCloudAccountInput): Promise<ActionResult<{ account: CloudAccountView }>> {
  try {
    const actor = await requireRole("admin");
    const { id, ...changes } = parseInput(UpdateCloudAccountInput, input);
    const detail = {
      name: changes.name,
      endpoint: changes.endpoint ?? null,
      defaultRegion: changes.defaultRegion,
      secretIdChanged: changes.secretId !== undefined,
      secretKeyChanged: changes.secretKey !== undefined,
    };
    const account = await audited(actor, { action: "account.update", target: id, detail }, () => storeUpdate(id, changes));
    clearRegionCaches(); // new credentials or endpoint: cached region lists may no longer apply
    return { ok: true, account };
  } catch (err) {
    return actionFailure(err);
  }
}
