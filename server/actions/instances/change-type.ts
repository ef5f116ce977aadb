"use server";

import { requireRole } from "@/server/auth/session";
import { ResetInstancesTypeInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** ResetInstancesType (seed 19784): one instance per call (seed 19816), to a type DescribeInstancesModification offers. */
export async function changeInstanceType(input: ResetInstancesTypeInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ResetInstancesTypeInput, input);
    const detail = { InstanceType: p.InstanceType, ForceStop: p.ForceStop };
    const res = await writeForInstances(actor, p, { audit: "instance.changeType", instanceIds: [p.InstanceId], detail }, ({ client, region, language }) =>
      client.call("ResetInstancesType", { InstanceIds: [p.InstanceId], ...detail }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
