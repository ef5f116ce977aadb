"use server";

import { requireRole } from "@/server/auth/session";
import { EnterRescueModeInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { writeForInstances } from "./instance-write";

/** EnterRescueMode (seed 17359): boot the rescue system with a temporary password (never audited). */
export async function enterRescueMode(input: EnterRescueModeInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(EnterRescueModeInput, input);
    const detail = { StopType: p.StopType, Username: p.Username ?? null };
    const res = await writeForInstances(actor, p, { audit: "instance.enterRescue", instanceIds: [p.InstanceId], detail }, ({ client, region, language }) =>
      client.call(
        "EnterRescueMode",
        { InstanceId: p.InstanceId, Password: p.Password, StopType: p.StopType, ...(p.Username ? { Username: p.Username } : {}) },
        { region, language },
      ),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
