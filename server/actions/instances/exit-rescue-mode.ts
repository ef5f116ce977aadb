"use server";

import { requireRole } from "@/server/auth/session";
import { ExitRescueModeInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** ExitRescueMode (seed 17595): RESCUE_MODE → EXIT_RESCUE_MODE → RUNNING. */
export async function exitRescueMode(input: ExitRescueModeInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ExitRescueModeInput, input);
    const res = await writeForInstances(actor, p, { audit: "instance.exitRescue", instanceIds: [p.InstanceId] }, ({ client, region, language }) =>
      client.call("ExitRescueMode", { InstanceId: p.InstanceId }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
