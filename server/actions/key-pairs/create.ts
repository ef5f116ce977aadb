"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { CreateKeyPairInput } from "@/lib/key-pairs/schemas";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";

/**
 * CreateKeyPair (seed 28768–29002). The private key comes back in this one answer and goes straight to the browser,
 * which offers it once as a download (seed 28780: "腾讯云不会保存用户的私钥"). It is never written anywhere here:
 * not to the database, not to the audit trail (the detail holds the name only), not to a log.
 */
export async function createKeyPair(input: CreateKeyPairInput): Promise<ActionResult<{ keyId: string; keyName: string; privateKey: string; requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(CreateKeyPairInput, input);
    const audit = { action: "keyPair.create", target: p.KeyName, detail: { KeyName: p.KeyName } };
    const res = await resourceWrite(actor, p, audit, (client, opts) =>
      client.call("CreateKeyPair", { KeyName: p.KeyName, ProjectId: p.ProjectId }, opts),
    );
    const pair = res.KeyPair;
    return { ok: true, keyId: pair?.KeyId ?? "", keyName: pair?.KeyName ?? p.KeyName, privateKey: pair?.PrivateKey ?? "", requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
