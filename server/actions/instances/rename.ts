"use server";

import { requireRole } from "@/server/auth/session";
import { RenameInstancesInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** ModifyInstancesAttribute (seed 15635) with InstanceName: takes effect at once. */
export async function renameInstances(input: RenameInstancesInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(RenameInstancesInput, input);
    const detail = { InstanceName: p.InstanceName };
    const res = await writeForInstances(actor, p, { audit: "instance.rename", instanceIds: p.InstanceIds, detail }, ({ client, region, language }) =>
      client.call("ModifyInstancesAttribute", { InstanceIds: p.InstanceIds, ...detail }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
