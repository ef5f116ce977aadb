"use server";

import { requireRole } from "@/server/auth/session";
import type { ActionResult } from "@/lib/action-result";
import { SetDefaultVersionInput } from "@/lib/launch-templates/schemas";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";

/** ModifyLaunchTemplateDefaultVersion (seed 34007–34181): RunInstances uses the default when no version is named. */
export async function setLaunchTemplateDefaultVersion(input: SetDefaultVersionInput): Promise<ActionResult<{ requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(SetDefaultVersionInput, input);
    const audit = { action: "launchTemplate.setDefault", target: p.LaunchTemplateId, detail: { DefaultVersion: p.DefaultVersion } };
    const res = await resourceWrite(actor, p, audit, (client, opts) =>
      client.call("ModifyLaunchTemplateDefaultVersion", { LaunchTemplateId: p.LaunchTemplateId, DefaultVersion: p.DefaultVersion }, opts),
    );
    return { ok: true, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
