"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { DeleteLaunchTemplateInput } from "@/lib/launch-templates/schemas";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";

/** DeleteLaunchTemplate (seed 33318–33467): the template and every version of it. */
export async function deleteLaunchTemplate(input: DeleteLaunchTemplateInput): Promise<ActionResult<{ requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(DeleteLaunchTemplateInput, input);
    const res = await resourceWrite(actor, p, { action: "launchTemplate.delete", target: p.LaunchTemplateId }, (client, opts) =>
      client.call("DeleteLaunchTemplate", { LaunchTemplateId: p.LaunchTemplateId }, opts),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
