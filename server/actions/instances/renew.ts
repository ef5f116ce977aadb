"use server";

import { requireRole } from "@/server/auth/session";
import { RenewInstancesInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** RenewInstances (seed 14832): extend prepaid instances by Period months, priced first by the dialog. */
export async function renewInstances(input: RenewInstancesInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(RenewInstancesInput, input);
    const detail = { Period: p.Period, RenewPortableDataDisk: p.RenewPortableDataDisk };
    const res = await writeForInstances(actor, p, { audit: "instance.renew", instanceIds: p.InstanceIds, detail }, ({ client, region, language }) =>
      client.call(
        "RenewInstances",
        { InstanceIds: p.InstanceIds, InstanceChargePrepaid: { Period: p.Period }, RenewPortableDataDisk: p.RenewPortableDataDisk },
        { region, language },
      ),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
