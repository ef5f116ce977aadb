"use server";

import { requireRole } from "@/server/auth/session";
import { ModifyTerminationProtectionInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** ModifyInstancesAttribute (seed 15635) with DisableApiTermination: turns destroy protection on or off. */
export async function modifyTerminationProtection(input: ModifyTerminationProtectionInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ModifyTerminationProtectionInput, input);
    const detail = { DisableApiTermination: p.DisableApiTermination };
    const res = await writeForInstances(actor, p, { audit: "instance.terminationProtection", instanceIds: p.InstanceIds, detail }, ({ client, region, language }) =>
      client.call("ModifyInstancesAttribute", { InstanceIds: p.InstanceIds, ...detail }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
