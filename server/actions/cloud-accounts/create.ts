"use server";

import { requireRole } from "@/server/auth/session";
import { createCloudAccount as storeCreate, type CloudAccountView } from "@/server/accounts/store";
import { CreateCloudAccountInput } from "@/lib/schemas/cloud-accounts";
import type { ActionResult } from "@/lib/action-result";
import { actionFailure, audited, parseInput } from "../action-support";

/** Returns the masked view only: the secret key goes in and never comes back out. */
export async function createCloudAccount(input: CreateCloudAccountInput): Promise<ActionResult<{ account: CloudAccountView }>> {
  try {
    const actor = await requireRole("admin");
    const data = parseInput(CreateCloudAccountInput, input);
    const account = await audited(
      actor,
      { action: "account.create", target: data.name, detail: { endpoint: data.endpoint ?? null, defaultRegion: data.defaultRegion } },
      () => storeCreate(data),
    );
    return { ok: true, account };
  } catch (err) {
    return actionFailure(err);
  }
}
