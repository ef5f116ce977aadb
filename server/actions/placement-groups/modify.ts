"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { ModifyPlacementGroupInput } from "@/lib/placement-groups/schemas";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";

/** ModifyDisasterRecoverGroupAttribute (seed 24565–24715): the name is the only attribute the API changes. */
export async function modifyPlacementGroup(input: ModifyPlacementGroupInput): Promise<ActionResult<{ requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ModifyPlacementGroupInput, input);
    const audit = { action: "placementGroup.modify", target: p.DisasterRecoverGroupId, detail: { Name: p.Name } };
    const res = await resourceWrite(actor, p, audit, (client, opts) =>
      client.call("ModifyDisasterRecoverGroupAttribute", { DisasterRecoverGroupId: p.DisasterRecoverGroupId, Name: p.Name }, opts),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
