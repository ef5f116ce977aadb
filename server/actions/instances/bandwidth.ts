"use server";

import { requireRole } from "@/server/auth/session";
import { ResetBandwidthInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** ResetInstancesInternetMaxBandwidth (seed 31066): the public outbound bandwidth cap, priced first by the dialog. */
export async function resetInstancesBandwidth(input: ResetBandwidthInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ResetBandwidthInput, input);
    const detail = { InternetMaxBandwidthOut: p.InternetMaxBandwidthOut };
    const res = await writeForInstances(actor, p, { audit: "instance.bandwidth", instanceIds: p.InstanceIds, detail }, ({ client, region, language }) =>
      client.call("ResetInstancesInternetMaxBandwidth", { InstanceIds: p.InstanceIds, InternetAccessible: detail }, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
