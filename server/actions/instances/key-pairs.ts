"use server";

import { requireRole } from "@/server/auth/session";
import { ModifyKeyPairsInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** AssociateInstancesKeyPairs (seed 29003) / DisassociateInstancesKeyPairs (seed 29251): Linux instances only. */
export async function modifyInstancesKeyPairs(input: ModifyKeyPairsInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ModifyKeyPairsInput, input);
    const params = { InstanceIds: p.InstanceIds, KeyIds: p.KeyIds, ForceStop: p.ForceStop };
    const audit = p.mode === "associate" ? "instance.keyPairs.associate" : "instance.keyPairs.disassociate";
    const detail = { KeyIds: p.KeyIds, ForceStop: p.ForceStop };
    const res = await writeForInstances(actor, p, { audit, instanceIds: p.InstanceIds, detail }, ({ client, region, language }) =>
      p.mode === "associate"
        ? client.call("AssociateInstancesKeyPairs", params, { region, language })
        : client.call("DisassociateInstancesKeyPairs", params, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
