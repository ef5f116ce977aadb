"use server";

import { requireRole } from "@/server/auth/session";
import { StartInstancesInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** StartInstances (seed 14097): STOPPED → STARTING → RUNNING, up to 100 instances per call. */
export async function startInstances(input: StartInstancesInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(StartInstancesInput, input);
    const res = await writeForInstances(actor, p, { audit: "instance.start", instanceIds: p.InstanceIds }, ({ client, region, language }) =>
      client.call("StartInstances", { InstanceIds: p.InstanceIds }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
