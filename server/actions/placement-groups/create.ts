"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { CreatePlacementGroupInput } from "@/lib/placement-groups/schemas";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";

/** CreateDisasterRecoverGroup (seed 24331–24564), idempotent through the dialog's ClientToken. */
export async function createPlacementGroup(input: CreatePlacementGroupInput): Promise<ActionResult<{ groupId: string; requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(CreatePlacementGroupInput, input);
    const params = { Name: p.Name, Type: p.Type, Affinity: p.Affinity, ClientToken: p.ClientToken };
    const res = await resourceWrite(actor, p, { action: "placementGroup.create", target: p.Name, detail: { Type: p.Type, Affinity: p.Affinity } }, (client, opts) =>
      client.call("CreateDisasterRecoverGroup", params, opts),
    );
    return { ok: true, groupId: res.DisasterRecoverGroupId ?? "", requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
