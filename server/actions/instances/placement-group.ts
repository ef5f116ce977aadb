"use server";

import { requireRole } from "@/server/auth/session";
import { ModifyPlacementGroupInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** ModifyInstancesDisasterRecoverGroup (seed 18526): put instances into a spread placement group. */
export async function modifyInstancesPlacementGroup(input: ModifyPlacementGroupInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ModifyPlacementGroupInput, input);
    const detail = { DisasterRecoverGroupId: p.DisasterRecoverGroupId, Force: p.Force };
    const res = await writeForInstances(actor, p, { audit: "instance.placementGroup", instanceIds: p.InstanceIds, detail }, ({ client, region, language }) =>
      client.call("ModifyInstancesDisasterRecoverGroup", { InstanceIds: p.InstanceIds, ...detail }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
