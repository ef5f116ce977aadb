"use server";

import { requireRole } from "@/server/auth/session";
import { ModifyInstancesProjectInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** ModifyInstancesProject (seed 19576): move up to 100 instances to a project (0 = default project). */
export async function modifyInstancesProject(input: ModifyInstancesProjectInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ModifyInstancesProjectInput, input);
    const detail = { ProjectId: p.ProjectId };
    const res = await writeForInstances(actor, p, { audit: "instance.project", instanceIds: p.InstanceIds, detail }, ({ client, region, language }) =>
      client.call("ModifyInstancesProject", { InstanceIds: p.InstanceIds, ...detail }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
