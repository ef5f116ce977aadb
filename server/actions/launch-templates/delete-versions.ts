"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { DeleteLaunchTemplateVersionsInput } from "@/lib/launch-templates/schemas";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";

/**
 * DeleteLaunchTemplateVersions (seed 33468–33647). The default version cannot be deleted
 * (InvalidParameterValue.LaunchTemplateDefaultVersion): the page never offers it.
 */
export async function deleteLaunchTemplateVersions(input: DeleteLaunchTemplateVersionsInput): Promise<ActionResult<{ requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(DeleteLaunchTemplateVersionsInput, input);
    const audit = { action: "launchTemplate.deleteVersions", target: p.LaunchTemplateId, detail: { LaunchTemplateVersions: p.LaunchTemplateVersions } };
    const res = await resourceWrite(actor, p, audit, (client, opts) =>
      client.call("DeleteLaunchTemplateVersions", { LaunchTemplateId: p.LaunchTemplateId, LaunchTemplateVersions: p.LaunchTemplateVersions }, opts),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
