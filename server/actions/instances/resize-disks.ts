"use server";

import { requireRole } from "@/server/auth/session";
import { ResizeInstanceDisksInput } from "@/lib/instances/operations/schemas";
import type { InstanceWriteResult } from "@/lib/instances/operations/types";
import { actionFailure, parseInput } from "../action-support";
import { resizeDisksParams } from "@/lib/instances/operations/wire-params";
import { writeForInstances } from "./instance-write";

/** ResizeInstanceDisks (seed 15084): grow the system disk or one data disk; priced first by the dialog. */
export async function resizeInstanceDisks(input: ResizeInstanceDisksInput): Promise<InstanceWriteResult> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(ResizeInstanceDisksInput, input);
    const params = resizeDisksParams(p);
    const res = await writeForInstances(actor, p, { audit: "instance.resizeDisks", instanceIds: [p.InstanceId], detail: { ...params } }, ({ client, region, language }) =>
      client.call("ResizeInstanceDisks", params, { region, language }),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
