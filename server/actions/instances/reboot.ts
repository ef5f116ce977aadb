"use server";

import { requireRole } from "@/server/auth/session";
import { RebootInstancesInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** RebootInstances (seed 14311): RUNNING → REBOOTING → RUNNING. */
export async function rebootInstances(input: RebootInstancesInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(RebootInstancesInput, input);
    const detail = { StopType: p.StopType };
    const res = await writeForInstances(actor, p, { audit: "instance.reboot", instanceIds: p.InstanceIds, detail }, ({ client, region, language }) =>
      client.call("RebootInstances", { InstanceIds: p.InstanceIds, ...detail }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
