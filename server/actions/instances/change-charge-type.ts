"use server";

import { requireRole } from "@/server/auth/session";
import { ModifyInstancesChargeTypeInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { chargeTypeParams } from "@/lib/instances/operations/wire-params";
import { writeForInstances } from "./instance-write";

/** ModifyInstancesChargeType (seed 16009): up to 30 instances between POSTPAID_BY_HOUR and PREPAID. */
export async function changeInstancesChargeType(input: ModifyInstancesChargeTypeInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ModifyInstancesChargeTypeInput, input);
    const params = { ...chargeTypeParams(p), ModifyPortableDataDisk: p.ModifyPortableDataDisk };
    const detail = { InstanceChargeType: p.InstanceChargeType, Period: p.Period ?? null, RenewFlag: p.RenewFlag ?? null, ModifyPortableDataDisk: p.ModifyPortableDataDisk };
    const res = await writeForInstances(actor, p, { audit: "instance.changeChargeType", instanceIds: p.InstanceIds, detail }, ({ client, region, language }) =>
      client.call("ModifyInstancesChargeType", params, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
