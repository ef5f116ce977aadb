"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { ImportKeyPairInput } from "@/lib/key-pairs/schemas";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";

/** ImportKeyPair (seed 29846–30061): an OpenSSH RSA public key, checked here before the cloud checks it again. */
export async function importKeyPair(input: ImportKeyPairInput): Promise<ActionResult<{ keyId: string; requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ImportKeyPairInput, input);
    const audit = { action: "keyPair.import", target: p.KeyName, detail: { KeyName: p.KeyName } };
    const res = await resourceWrite(actor, p, audit, (client, opts) =>
      client.call("ImportKeyPair", { KeyName: p.KeyName, ProjectId: p.ProjectId, PublicKey: p.PublicKey }, opts),
    );
    return { ok: true, keyId: res.KeyId ?? "", requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
