"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { ModifyKeyPairInput } from "@/lib/key-pairs/schemas";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";

/** ModifyKeyPairAttribute (seed 29646–29845): rename and/or describe; the name must stay unique in the region. */
export async function modifyKeyPair(input: ModifyKeyPairInput): Promise<ActionResult<{ requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ModifyKeyPairInput, input);
    const change = { KeyName: p.KeyName, Description: p.Description };
    const res = await resourceWrite(actor, p, { action: "keyPair.modify", target: p.KeyId, detail: change }, (client, opts) =>
      client.call("ModifyKeyPairAttribute", { KeyId: p.KeyId, ...change }, opts),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
