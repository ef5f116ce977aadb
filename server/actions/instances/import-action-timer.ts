"use server";

import { requireRole } from "@/server/auth/session";
import { ImportActionTimerInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** ImportInstancesActionTimer (seed 17756): schedule the termination of up to 100 instances (the only timer action). */
export async function importInstancesActionTimer(input: ImportActionTimerInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ImportActionTimerInput, input);
    // seed 35794: "2018-05-29T11:26:40Z", second precision.
    const ActionTime = new Date(p.ActionTime).toISOString().replace(/\.\d{3}Z$/, "Z");
    const ActionTimer = { TimerAction: "TerminateInstances", ActionTime };
    const res = await writeForInstances(actor, p, { audit: "instance.actionTimer.create", instanceIds: p.InstanceIds, detail: ActionTimer }, ({ client, region, language }) =>
      client.call("ImportInstancesActionTimer", { InstanceIds: p.InstanceIds, ActionTimer }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
