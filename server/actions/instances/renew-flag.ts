"use server";

import { requireRole } from "@/server/auth/session";
import { ModifyInstancesRenewFlagInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** ModifyInstancesRenewFlag (seed 16337): auto-renew or not, for prepaid instances. */
export async function modifyInstancesRenewFlag(input: ModifyInstancesRenewFlagInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ModifyInstancesRenewFlagInput, input);
    const detail = { RenewFlag: p.RenewFlag };
    const res = await writeForInstances(actor, p, { audit: "instance.renewFlag", instanceIds: p.InstanceIds, detail }, ({ client, region, language }) =>
      client.call("ModifyInstancesRenewFlag", { InstanceIds: p.InstanceIds, ...detail }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
