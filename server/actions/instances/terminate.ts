"use server";

import { requireRole } from "@/server/auth/session";
import { TerminateInstancesInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/**
 * TerminateInstances (seed 19139): postpaid instances are destroyed; prepaid ones go to the recycle bin first.
 * The dialog shows InquiryPriceTerminateInstances' refund before this runs; protected instances are refused by
 * the API (UnsupportedOperation.InstancesProtected) and left out by the dialog.
 */
export async function terminateInstances(input: TerminateInstancesInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(TerminateInstancesInput, input);
    const detail = { ReleasePrepaidDataDisks: p.ReleasePrepaidDataDisks };
    const res = await writeForInstances(actor, p, { audit: "instance.terminate", instanceIds: p.InstanceIds, detail }, ({ client, region, language }) =>
      client.call("TerminateInstances", { InstanceIds: p.InstanceIds, ...detail }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
