"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { CreateLaunchTemplateInput } from "@/lib/launch-templates/schemas";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";

/**
 * CreateLaunchTemplate (seed 31918–32640): version 1 from a zone, an image and optionally a type and a name. Fuller
 * templates come from the purchase wizard's "save as template"; both end up versioned here.
 */
export async function createLaunchTemplate(input: CreateLaunchTemplateInput): Promise<ActionResult<{ templateId: string; requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(CreateLaunchTemplateInput, input);
    const params = {
      LaunchTemplateName: p.LaunchTemplateName,
      Placement: { Zone: p.Zone },
      ImageId: p.ImageId,
      ...(p.LaunchTemplateVersionDescription ? { LaunchTemplateVersionDescription: p.LaunchTemplateVersionDescription } : {}),
      ...(p.InstanceType ? { InstanceType: p.InstanceType } : {}),
      ...(p.InstanceName ? { InstanceName: p.InstanceName } : {}),
    };
    const audit = { action: "launchTemplate.create", target: p.LaunchTemplateName, detail: { Zone: p.Zone, ImageId: p.ImageId, InstanceType: p.InstanceType } };
    const res = await resourceWrite(actor, p, audit, (client, opts) =>
      client.call("CreateLaunchTemplate", params, opts),
    );
    return { ok: true, templateId: res.LaunchTemplateId ?? "", requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
