"use server";

import { requireRole } from "@/server/auth/session";
import { StopInstancesInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** StopInstances (seed 14566): RUNNING → STOPPING → STOPPED, with the stop type and (postpaid) charging mode. */
export async function stopInstances(input: StopInstancesInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(StopInstancesInput, input);
    const detail = { StopType: p.StopType, StoppedMode: p.StoppedMode };
    const res = await writeForInstances(actor, p, { audit: "instance.stop", instanceIds: p.InstanceIds, detail }, ({ client, region, language }) =>
      client.call("StopInstances", { InstanceIds: p.InstanceIds, ...detail }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
