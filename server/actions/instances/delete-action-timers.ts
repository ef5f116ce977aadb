"use server";

import { requireRole } from "@/server/auth/session";
import { DeleteActionTimersInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** DeleteInstancesActionTimer (seed 19425): cancel timers that have not run yet. */
export async function deleteInstancesActionTimers(input: DeleteActionTimersInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(DeleteActionTimersInput, input);
    const ActionTimerIds = p.Timers.map((t) => t.ActionTimerId);
    const instanceIds = [...new Set(p.Timers.map((t) => t.InstanceId))];
    const res = await writeForInstances(actor, p, { audit: "instance.actionTimer.delete", instanceIds, detail: { ActionTimerIds } }, ({ client, region, language }) =>
      client.call("DeleteInstancesActionTimer", { ActionTimerIds }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
