"use server";

import { requireRole } from "@/server/auth/session";
import { BindSecurityGroupInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/**
 * AssociateSecurityGroups (seed 30062) / DisassociateSecurityGroups (seed 30276): binds one security group to up to
 * 100 instances, after the groups they have, or unbinds it from them. One audit row per instance.
 */
export async function bindSecurityGroup(input: BindSecurityGroupInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(BindSecurityGroupInput, input);
    const associate = p.mode === "associate";
    const detail = { SecurityGroupId: p.SecurityGroupId, mode: p.mode };
    const res = await writeForInstances(
      actor,
      p,
      { audit: associate ? "instance.securityGroup.associate" : "instance.securityGroup.disassociate", instanceIds: p.InstanceIds, detail },
      ({ client, region, language }) => {
        const params = { SecurityGroupIds: [p.SecurityGroupId], InstanceIds: p.InstanceIds };
        return associate
          ? client.call("AssociateSecurityGroups", params, { region, language })
          : client.call("DisassociateSecurityGroups", params, { region, language });
      },
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
