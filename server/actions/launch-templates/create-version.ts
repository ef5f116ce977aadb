"use server";

import { requireRole } from "@/server/auth/session";
import { getI18n } from "@/lib/i18n/server";
import type { ActionResult } from "@/lib/action-result";
import { CreateLaunchTemplateVersionInput } from "@/lib/launch-templates/schemas";
import { describeTemplateVersionData } from "@/server/queries/launch-templates";
import { actionFailure, parseInput } from "../action-support";
import { resourceWrite } from "../resource-write";

/**
 * CreateLaunchTemplateVersion (seed 32641–33317): a new version based on `LaunchTemplateVersion`. Only what the
 * form changed is sent; everything else is taken from the base version by the API (seed 32645). Placement is
 * required (seed 32666), so the base's placement is sent with the chosen zone.
 */
export async function createLaunchTemplateVersion(input: CreateLaunchTemplateVersionInput): Promise<ActionResult<{ version: number; requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(CreateLaunchTemplateVersionInput, input);
    const { locale } = await getI18n();
    const base = await describeTemplateVersionData({ accountId: p.accountId, region: p.region, language: locale }, p.LaunchTemplateId, p.LaunchTemplateVersion);
    const params = {
      LaunchTemplateId: p.LaunchTemplateId,
      LaunchTemplateVersion: p.LaunchTemplateVersion,
      Placement: { ...base?.Placement, Zone: p.Zone },
      ...(p.LaunchTemplateVersionDescription ? { LaunchTemplateVersionDescription: p.LaunchTemplateVersionDescription } : {}),
      ...(p.ImageId ? { ImageId: p.ImageId } : {}),
      ...(p.InstanceType ? { InstanceType: p.InstanceType } : {}),
      ...(p.InstanceName ? { InstanceName: p.InstanceName } : {}),
    };
    const audit = { action: "launchTemplate.createVersion", target: p.LaunchTemplateId, detail: { base: p.LaunchTemplateVersion, Zone: p.Zone, ImageId: p.ImageId, InstanceType: p.InstanceType } };
    const res = await resourceWrite(actor, p, audit, (client, opts) =>
      client.call("CreateLaunchTemplateVersion", params, opts),
    );
    return { ok: true, version: res.LaunchTemplateVersionNumber ?? 0, requestId: res.RequestId };
  } catch (err) {
    return actionFailure(err);
  }
}
