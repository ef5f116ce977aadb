"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { DeleteKeyPairsInput } from "@/lib/key-pairs/schemas";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";

/**
 * DeleteKeyPairs (seed 29485–29645). A key still bound to an instance is refused by the cloud
 * (InvalidParameterValue.KeyPairNotSupported, seed 29493); the page disables the button and says why first.
 */
export async function deleteKeyPairs(input: DeleteKeyPairsInput): Promise<ActionResult<{ requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(DeleteKeyPairsInput, input);
    const res = await resourceWrite(actor, p, { action: "keyPair.delete", target: p.KeyIds.join(",") }, (client, opts) =>
      client.call("DeleteKeyPairs", { KeyIds: p.KeyIds }, opts),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
