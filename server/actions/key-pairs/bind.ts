"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { BindKeyPairInput } from "@/lib/key-pairs/schemas";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "../instances/instance-write";

/**
 * AssociateInstancesKeyPairs (seed 29003) / DisassociateInstancesKeyPairs (seed 29251) from the key pair page: Linux
 * instances, STOPPED or (with ForceStop) RUNNING. One audit row per instance, and the live status poller is nudged,
 * so the instance pages show the stop/start the change may cause.
 */
export async function bindKeyPair(input: BindKeyPairInput): Promise<ActionResult<{ requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(BindKeyPairInput, input);
    const params = { InstanceIds: p.InstanceIds, KeyIds: p.KeyIds, ForceStop: p.ForceStop };
    const audit = p.mode === "associate" ? "instance.keyPairs.associate" : "instance.keyPairs.disassociate";
    const res = await writeForInstances(actor, p, { audit, instanceIds: p.InstanceIds, detail: { KeyIds: p.KeyIds, ForceStop: p.ForceStop } }, ({ client, region, language }) =>
      p.mode === "associate"
        ? client.call("AssociateInstancesKeyPairs", params, { region, language })
        : client.call("DisassociateInstancesKeyPairs", params, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
