"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { DeletePlacementGroupsInput } from "@/lib/placement-groups/schemas";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";

/**
 * DeleteDisasterRecoverGroups (seed 24716–24871): only empty groups (seed 24720: "只有空的置放群组才能被删除";
 * FailedOperation.PlacementSetNotEmpty otherwise). The page says so before the button is pressed.
 */
export async function deletePlacementGroups(input: DeletePlacementGroupsInput): Promise<ActionResult<{ requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(DeletePlacementGroupsInput, input);
    const audit = { action: "placementGroup.delete", target: p.DisasterRecoverGroupIds.join(",") };
    const res = await resourceWrite(actor, p, audit, (client, opts) =>
      client.call("DeleteDisasterRecoverGroups", { DisasterRecoverGroupIds: p.DisasterRecoverGroupIds }, opts),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
