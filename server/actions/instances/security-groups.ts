"use server";

import { requireRole } from "@/server/auth/session";
import { ModifySecurityGroupsInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** ModifyInstancesAttribute (seed 15635) with SecurityGroups: replaces the instances' security groups. */
export async function modifyInstancesSecurityGroups(input: ModifySecurityGroupsInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ModifySecurityGroupsInput, input);
    const detail = { SecurityGroups: p.SecurityGroups };
    const res = await writeForInstances(actor, p, { audit: "instance.securityGroups", instanceIds: p.InstanceIds, detail }, ({ client, region, language }) =>
      client.call("ModifyInstancesAttribute", { InstanceIds: p.InstanceIds, ...detail }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
