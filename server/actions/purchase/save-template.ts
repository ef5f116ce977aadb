"use server";

import type { CreateLaunchTemplateRequest } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { requireRole } from "@/server/auth/session";
import { getCvmClient } from "@/server/cvm/for-account";
import { getI18n } from "@/lib/i18n/server";
import { toRunInstancesRequest } from "@/lib/purchase/request";
import { SaveLaunchTemplateInput } from "@/lib/purchase/schemas";
import type { ActionResult } from "@/lib/action-result";
import { actionFailure, audited, parseInput } from "../action-support";

/**
 * CreateLaunchTemplate (seed 31922–31980) from the wizard's configuration. A password is never stored in a template:
 * only key pairs or "keep the image's login" are; instances launched from it without a password get a random one.
 */
export async function saveLaunchTemplate(input: SaveLaunchTemplateInput): Promise<ActionResult<{ launchTemplateId: string; requestId: string }>> {
  try {
    const actor = await requireRole("operator");
    const p = parseInput(SaveLaunchTemplateInput, input);
    // The schema already dropped any password (forTemplate); the request never carries one.
    const request = toRunInstancesRequest(p.config);
    const params: CreateLaunchTemplateRequest = {
      ...(request as Omit<CreateLaunchTemplateRequest, "LaunchTemplateName">),
      LaunchTemplateName: p.name,
      ...(p.description ? { LaunchTemplateVersionDescription: p.description } : {}),
    };
    const [client, { locale }] = await Promise.all([getCvmClient(p.accountId), getI18n()]);
    const res = await audited(
      actor,
      { action: "launchTemplate.create", target: p.name, detail: { region: p.config.region, zone: p.config.zone, instanceType: p.config.instanceType } },
      () => client.call("CreateLaunchTemplate", params, { region: p.config.region, language: locale }),
    );
    return { ok: true, launchTemplateId: res.LaunchTemplateId ?? "", requestId: res.RequestId ?? "" };
  } catch (err) {
    return actionFailure(err);
  }
}
