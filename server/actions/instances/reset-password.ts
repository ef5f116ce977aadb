"use server";

import { requireRole } from "@/server/auth/session";
import { ResetInstancesPasswordInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** ResetInstancesPassword (seed 15363): one password for up to 100 instances. The password is never audited. */
export async function resetInstancesPassword(input: ResetInstancesPasswordInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ResetInstancesPasswordInput, input);
    const detail = { UserName: p.UserName ?? null, ForceStop: p.ForceStop };
    const res = await writeForInstances(actor, p, { audit: "instance.resetPassword", instanceIds: p.InstanceIds, detail }, ({ client, region, language }) =>
      client.call(
        "ResetInstancesPassword",
        { InstanceIds: p.InstanceIds, Password: p.Password, ForceStop: p.ForceStop, ...(p.UserName ? { UserName: p.UserName } : {}) },
        { region, language },
      ),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
